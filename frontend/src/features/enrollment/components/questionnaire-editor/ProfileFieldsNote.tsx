import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The profile every application asks for, whatever the program's own questions. */
const PROFILE_FIELDS = [
  'surname',
  'givenName',
  'patronymic',
  'email',
  'phone',
  'region',
  'organization',
  'position',
  'category',
  'gender',
] as const;

/** Above the editor: what every application asks anyway, so nobody adds it as a question. */
export function ProfileFieldsNote() {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="blue" title={t('enrollment.questionnaireEditor.profileTitle')}>
      <Text size="sm" mb={6}>
        {t('enrollment.questionnaireEditor.profileText')}
      </Text>
      <List size="sm" spacing={2} style={{ columns: '2 14rem' }}>
        {PROFILE_FIELDS.map((field) => (
          <List.Item key={field}>
            {t(`enrollment.form.${field}`)}
            {field === 'patronymic' || field === 'gender' ? ` (${t('common.optional')})` : ''}
          </List.Item>
        ))}
        <List.Item>{t('enrollment.questionnaireEditor.consentField')}</List.Item>
      </List>
    </Alert>
  );
}
