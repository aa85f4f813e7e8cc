import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { StatusPage } from '../../../components/StatusPage';
import { isApiError } from '../../../lib/problem';
import { useProgram } from '../api/get-program';
import type { Program } from '../api/schemas';
import { parseId, ProgramNotFound } from './ProgramNotFound';

interface EditableProgramProps {
  /** Why someone who may not edit the program is turned away from this screen. */
  forbiddenText: string;
  children: (program: Program, reload: () => Promise<Program | undefined>) => ReactNode;
}

/**
 * Loads the program of the route's `:id` for a management screen, answering "not found", errors,
 * loading and "not yours" itself; the screen gets the program only when the viewer may edit it.
 */
export function EditableProgram({ forbiddenText, children }: EditableProgramProps) {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  const program = useProgram(id);

  if (!Number.isInteger(id) || (isApiError(program.error) && program.error.status === 404))
    return <ProgramNotFound backTo="/manage/programs" />;
  if (program.isError) return <ErrorAlert error={program.error} onRetry={() => void program.refetch()} />;
  if (program.isPending) return <Loading />;
  if (!program.data.canEdit) {
    return (
      <StatusPage
        code="403"
        title={t('errors.forbiddenTitle')}
        text={forbiddenText}
        actions={
          <Button component={Link} to={`/programs/${program.data.id}`}>
            {t('catalog.editor.viewPage')}
          </Button>
        }
      />
    );
  }
  return <>{children(program.data, async () => (await program.refetch()).data)}</>;
}
