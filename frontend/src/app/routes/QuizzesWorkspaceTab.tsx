import { Loading } from '../../components/Loading';
import { useProgram } from '../../features/catalog/api/get-program';
import { sortedModules } from '../../features/catalog/api/schemas';
import { QuizzesTab } from '../../features/quizzes/routes/QuizzesTab';

/** The Tests tab of the workspace, given the program's modules from the catalog. */
export function QuizzesWorkspaceTab({ programId }: { programId: number }) {
  const program = useProgram(programId);
  if (!program.data) return <Loading />;
  const { id, title, modules } = program.data;
  return <QuizzesTab program={{ id, title, modules: sortedModules(modules).map((module) => ({ id: module.id, title: module.title })) }} />;
}
