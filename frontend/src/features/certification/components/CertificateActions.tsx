import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssueCertificate } from '../api/issue-certificate';
import { useReissueCertificate } from '../api/reissue-certificate';
import { useRevokeCertificate } from '../api/revoke-certificate';
import { certificatePdfUrl, type Certificate } from '../api/schemas';
import { ReasonModal } from './ReasonModal';

type Action = 'issue' | 'revoke' | 'reissue';

interface CertificateActionsProps {
  programId: number;
  /** The learner; `userId` is needed to issue by hand. */
  learner: { userId: number | null; name: string };
  certificate: Certificate | null;
}

/**
 * An administrator's buttons for one learner's certificate: issue by hand (when none is valid),
 * revoke and reissue (a valid one), download the PDF; each change asks for a reason first.
 */
export function CertificateActions({ programId, learner, certificate }: CertificateActionsProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const issue = useIssueCertificate();
  const revoke = useRevokeCertificate();
  const reissue = useReissueCertificate();
  const mutation = action === 'issue' ? issue : action === 'revoke' ? revoke : reissue;
  const valid = certificate?.status === 'valid';
  const name = learner.name;

  const close = () => {
    issue.reset();
    revoke.reset();
    reissue.reset();
    setAction(null);
  };
  const done = (message: string) => () => {
    notifications.show({ color: 'teal', message });
    close();
  };
  const submit = (reason: string) => {
    if (action === 'issue' && learner.userId !== null) {
      issue.mutate({ programId, userId: learner.userId, reason }, { onSuccess: (issued) => done(t('certification.actions.issued', { name, serial: issued.serial }))() });
    } else if (action === 'revoke' && certificate) {
      revoke.mutate({ id: certificate.id, programId, reason }, { onSuccess: done(t('certification.actions.revoked', { name, serial: certificate.serial })) });
    } else if (action === 'reissue' && certificate) {
      reissue.mutate(
        { id: certificate.id, programId, reason },
        { onSuccess: (issued) => done(t('certification.actions.reissued', { name, serial: issued.serial }))() },
      );
    }
  };
  return (
    <>
      <Group gap={6} wrap="wrap">
        {!valid && learner.userId !== null && (
          <Button size="compact-sm" variant="light" onClick={() => setAction('issue')} aria-label={t('certification.actions.issueFor', { name })}>
            {t('certification.actions.issue')}
          </Button>
        )}
        {valid && certificate && (
          <>
            <Button size="compact-sm" variant="default" onClick={() => setAction('reissue')} aria-label={t('certification.actions.reissueFor', { name })}>
              {t('certification.actions.reissue')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => setAction('revoke')}
              aria-label={t('certification.actions.revokeFor', { name })}
            >
              {t('certification.actions.revoke')}
            </Button>
          </>
        )}
        {certificate && (
          <Button
            size="compact-sm"
            variant="subtle"
            component="a"
            href={certificatePdfUrl(certificate.id)}
            download
            aria-label={t('certification.actions.pdfFor', { name })}
          >
            {t('certification.actions.pdf')}
          </Button>
        )}
      </Group>
      <ReasonModal
        opened={action !== null}
        title={action ? t(`certification.actions.${action}Title`, { name }) : ''}
        text={action ? t(`certification.actions.${action}Text`, { name, serial: certificate?.serial ?? '' }) : ''}
        submitLabel={action ? t(`certification.actions.${action}Confirm`) : ''}
        color={action === 'revoke' ? 'red' : undefined}
        pending={mutation.isPending}
        error={mutation.error}
        onSubmit={submit}
        onClose={close}
      />
    </>
  );
}
