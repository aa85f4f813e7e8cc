import { ActionIcon, Alert, Box, Button, Checkbox, ColorInput, Fieldset, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { StaleVersionAlert } from '../../../components/StaleVersionAlert';
import { LeaveGuardDialog, toAnotherPageOrQuery, useLeaveGuard } from '../../../lib/form/leave-guard';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { isApiError } from '../../../lib/problem';
import { useReloadCertificateDesign } from '../api/get-certificate-design';
import { STALE_VERSION, type CertificateDesign, type CertificateDesignRequest } from '../api/schemas';
import { useUpdateCertificateDesign } from '../api/update-certificate-design';
import { DesignPreview } from './DesignPreview';
import { baseName } from './image-file';
import { LogoInput } from './LogoInput';

export const MAX_PARTNER_LOGOS = 6;
export const MAX_SIGNATORIES = 3;
const HEX = /^#[0-9a-fA-F]{6}$/;

interface DesignValues {
  primaryColor: string;
  accentColor: string;
  providerLogo: string | null;
  partnerLogos: { key: string; name: string; image: string }[];
  signatories: { key: string; name: string; position: string }[];
  introText: string;
  footerText: string;
  showOutcomes: boolean;
  /** Empty: never expires. */
  validityMonths: string;
  /** Empty: the program's language. */
  language: string;
}

let rows = 0;
const key = () => `row-${++rows}`;

function toValues(design: CertificateDesign): DesignValues {
  return {
    primaryColor: design.primaryColor,
    accentColor: design.accentColor,
    providerLogo: design.providerLogo,
    partnerLogos: design.partnerLogos.map((logo) => ({ key: key(), ...logo })),
    signatories: design.signatories.map((signatory) => ({ key: key(), ...signatory })),
    introText: design.introText ?? '',
    footerText: design.footerText ?? '',
    showOutcomes: design.showOutcomes,
    validityMonths: design.validityMonths === null ? '' : String(design.validityMonths),
    language: design.language ?? '',
  };
}

function toRequest(values: DesignValues, version: number | null): CertificateDesignRequest {
  const months = values.validityMonths.trim();
  return {
    primaryColor: values.primaryColor.toUpperCase(),
    accentColor: values.accentColor.toUpperCase(),
    providerLogo: values.providerLogo,
    partnerLogos: values.partnerLogos.map(({ name, image }) => ({ name: name.trim(), image })),
    signatories: values.signatories.map(({ name, position }) => ({ name: name.trim(), position: position.trim() })),
    introText: values.introText.trim() === '' ? null : values.introText,
    footerText: values.footerText.trim() === '' ? null : values.footerText,
    showOutcomes: values.showOutcomes,
    validityMonths: months === '' ? null : Number(months),
    language: values.language === 'uk' || values.language === 'en' ? values.language : null,
    version,
  };
}

function validate(values: DesignValues, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  if (!HEX.test(values.primaryColor)) errors.primaryColor = t('certification.design.colorFormat');
  if (!HEX.test(values.accentColor)) errors.accentColor = t('certification.design.colorFormat');
  values.partnerLogos.forEach((logo, index) => {
    if (logo.name.trim() === '') errors[`partnerLogos.${index}.name`] = t('validation.required');
  });
  values.signatories.forEach((signatory, index) => {
    if (signatory.name.trim() === '') errors[`signatories.${index}.name`] = t('validation.required');
    if (signatory.position.trim() === '') errors[`signatories.${index}.position`] = t('validation.required');
  });
  const months = values.validityMonths.trim();
  if (months !== '' && (!/^\d+$/.test(months) || Number(months) < 1 || Number(months) > 120)) {
    errors.validityMonths = t('certification.design.validityRange');
  }
  return errors;
}

/** The certificate's look (colours, logos, signatories, texts, validity) beside a live preview of the draft. */
export function DesignForm({ programId, design: loaded }: { programId: number; design: CertificateDesign }) {
  const { t } = useTranslation();
  const update = useUpdateCertificateDesign();
  const reloadDesign = useReloadCertificateDesign();
  const [design, setDesign] = useState(loaded);
  const stale = isApiError(update.error) && update.error.code === STALE_VERSION;
  const form = useForm<DesignValues>({ initialValues: toValues(design), validate: (values) => validate(values, t) });
  const feedback = useFormFeedback(form, stale ? null : update.error);
  const guard = useLeaveGuard(form.isDirty() && !update.isPending, toAnotherPageOrQuery);
  const values = form.getValues();

  const labels: Record<string, string> = {
    primaryColor: t('certification.design.primaryColor'),
    accentColor: t('certification.design.accentColor'),
    providerLogo: t('certification.design.providerLogo'),
    partnerLogos: t('certification.design.partners'),
    signatories: t('certification.design.signatories'),
    introText: t('certification.design.introText'),
    footerText: t('certification.design.footerText'),
    validityMonths: t('certification.design.validity'),
  };
  const label = (path: string) => {
    const partner = /^partnerLogos\.(\d+)\.(name|image)$/.exec(path);
    if (partner) return t(partner[2] === 'name' ? 'certification.design.partnerName' : 'certification.design.partnerImage', { n: Number(partner[1]) + 1 });
    const signatory = /^signatories\.(\d+)\.(name|position)$/.exec(path);
    if (signatory) return t(signatory[2] === 'name' ? 'certification.design.signatoryName' : 'certification.design.signatoryPosition', { n: Number(signatory[1]) + 1 });
    return labels[path];
  };

  const reload = async () => {
    const fresh = await reloadDesign(programId);
    update.reset();
    setDesign(fresh);
    form.setInitialValues(toValues(fresh));
    form.reset();
  };
  const save = (values: DesignValues) =>
    update.mutate(
      { programId, design: toRequest(values, design.version) },
      {
        onSuccess: (saved) => {
          setDesign(saved);
          form.setInitialValues(toValues(saved));
          form.reset();
          notifications.show({ color: 'teal', message: t('certification.design.saved') });
        },
      },
    );

  return (
    <Stack gap="md">
      {design.signingKey?.testKey && (
        <Alert color="yellow" variant="light" title={t('certification.design.testKeyTitle')}>
          {t('certification.design.testKey', { subject: design.signingKey.subject })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <form onSubmit={feedback.onSubmit(save)} noValidate aria-labelledby="design-title">
          <Stack gap="md">
            {stale && <StaleVersionAlert title={t('certification.design.staleTitle')} onReload={reload} />}
            <FormErrorSummary {...feedback.summary} label={label} />

            <Fieldset legend={t('certification.design.colors')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <ColorInput
                  format="hex"
                  label={labels.primaryColor}
                  required
                  eyeDropperButtonProps={{ 'aria-label': t('certification.design.pickColor', { field: labels.primaryColor }) }}
                  {...form.getInputProps('primaryColor')}
                />
                <ColorInput
                  format="hex"
                  label={labels.accentColor}
                  required
                  eyeDropperButtonProps={{ 'aria-label': t('certification.design.pickColor', { field: labels.accentColor }) }}
                  {...form.getInputProps('accentColor')}
                />
              </SimpleGrid>
            </Fieldset>

            <Fieldset legend={t('certification.design.logos')}>
              <Stack gap="md">
                <Box data-path="providerLogo">
                  <LogoInput
                    label={labels.providerLogo ?? ''}
                    value={values.providerLogo}
                    error={form.errors.providerLogo as string | undefined}
                    removeLabel={t('certification.design.removeProviderLogo')}
                    testId="provider-logo-input"
                    onChange={(dataUri) => form.setFieldValue('providerLogo', dataUri)}
                  />
                </Box>
                <Text size="sm" fw={500}>
                  {labels.partnerLogos}
                </Text>
                {values.partnerLogos.map((logo, index) => (
                  <Paper key={logo.key} withBorder p="sm">
                    <Group gap="sm" align="flex-end" wrap="nowrap">
                      <img src={logo.image} alt="" style={{ height: 36, maxWidth: 96, objectFit: 'contain' }} />
                      <TextInput
                        style={{ flex: 1 }}
                        label={t('certification.design.partnerName', { n: index + 1 })}
                        required
                        {...form.getInputProps(`partnerLogos.${index}.name`)}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={t('certification.design.removePartner', { name: logo.name || index + 1 })}
                        onClick={() => form.removeListItem('partnerLogos', index)}
                      >
                        ×
                      </ActionIcon>
                    </Group>
                    {form.errors[`partnerLogos.${index}.image`] && (
                      <Text size="xs" c="red" mt={4}>
                        {form.errors[`partnerLogos.${index}.image`]}
                      </Text>
                    )}
                  </Paper>
                ))}
                {values.partnerLogos.length < MAX_PARTNER_LOGOS ? (
                  <LogoInput
                    label={t('certification.design.addPartner')}
                    value={null}
                    error={form.errors.partnerLogos as string | undefined}
                    removeLabel=""
                    testId="partner-logo-input"
                    onChange={(dataUri, file) =>
                      dataUri && form.insertListItem('partnerLogos', { key: key(), name: file ? baseName(file.name) : '', image: dataUri })
                    }
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('certification.design.partnersFull', { count: MAX_PARTNER_LOGOS })}
                  </Text>
                )}
              </Stack>
            </Fieldset>

            <Fieldset legend={labels.signatories}>
              <Stack gap="sm">
                {values.signatories.map((signatory, index) => (
                  <Group key={signatory.key} gap="sm" align="flex-end" wrap="wrap">
                    <TextInput
                      style={{ flex: '1 1 180px' }}
                      label={t('certification.design.signatoryName', { n: index + 1 })}
                      required
                      {...form.getInputProps(`signatories.${index}.name`)}
                    />
                    <TextInput
                      style={{ flex: '1 1 180px' }}
                      label={t('certification.design.signatoryPosition', { n: index + 1 })}
                      required
                      {...form.getInputProps(`signatories.${index}.position`)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={4}
                      aria-label={t('certification.design.removeSignatory', { n: index + 1 })}
                      onClick={() => form.removeListItem('signatories', index)}
                    >
                      ×
                    </ActionIcon>
                  </Group>
                ))}
                {values.signatories.length < MAX_SIGNATORIES && (
                  <Button
                    variant="default"
                    size="sm"
                    style={{ alignSelf: 'flex-start' }}
                    onClick={() => form.insertListItem('signatories', { key: key(), name: '', position: '' })}
                  >
                    {t('certification.design.addSignatory')}
                  </Button>
                )}
              </Stack>
            </Fieldset>

            <Fieldset legend={t('certification.design.texts')}>
              <Stack gap="sm">
                <Textarea
                  label={`${labels.introText} (${t('common.optional')})`}
                  description={t('certification.design.introHint')}
                  rows={2}
                  resize="vertical"
                  {...form.getInputProps('introText')}
                />
                <Textarea label={`${labels.footerText} (${t('common.optional')})`} rows={2} resize="vertical" {...form.getInputProps('footerText')} />
                <Checkbox label={t('certification.design.showOutcomes')} {...form.getInputProps('showOutcomes', { type: 'checkbox' })} />
                <Select
                  label={t('certification.design.language')}
                  data={[
                    { value: '', label: t('certification.design.languageOfProgram') },
                    { value: 'uk', label: 'Українська' },
                    { value: 'en', label: 'English' },
                  ]}
                  allowDeselect={false}
                  maw={320}
                  {...form.getInputProps('language')}
                />
                <TextInput
                  inputMode="numeric"
                  label={`${labels.validityMonths} (${t('common.optional')})`}
                  description={t('certification.design.validityHint')}
                  maw={320}
                  {...form.getInputProps('validityMonths')}
                />
              </Stack>
            </Fieldset>

            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending}>
                {t('certification.design.save')}
              </Button>
            </Group>
          </Stack>
          <LeaveGuardDialog blocker={guard.blocker} />
        </form>
        <Box style={{ alignSelf: 'start', position: 'sticky', top: 80 }}>
          <DesignPreview programId={programId} draft={toRequest(values, design.version)} />
        </Box>
      </SimpleGrid>
    </Stack>
  );
}
