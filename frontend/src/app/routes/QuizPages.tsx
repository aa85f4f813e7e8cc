import { Anchor, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { useProgram } from '../../features/catalog/api/get-program';
import { sortedModules } from '../../features/catalog/api/schemas';
import { useMyPrograms } from '../../features/enrollment/api/get-my-programs';
import { useMe } from '../../features/identity/api/get-me';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { ProgramQuizzes } from '../../features/quizzes/components/ProgramQuizzes';

/** On a program's page: its published tests, for its admitted participants and its staff. */
export function ProgramQuizzesSection({ programId }: { programId: number }) {
  const me = useMe();
  const mine = useMyPrograms(Boolean(me.data));
  const program = useProgram(programId);
  const admitted = (mine.data ?? []).some((item) => item.programId === programId && item.status === 'admitted');
  if (!program.data || !(admitted || program.data.canEdit)) return null;
  return (
    <ProgramQuizzes
      programId={programId}
      modules={sortedModules(program.data.modules).map((module) => ({ id: module.id, title: module.title }))}
    />
  );
}

// Taking a test (and the HTML cleaner its questions need) loads only when someone opens one.
const QuizRoute = lazy(() => import('../../features/quizzes/routes/QuizRoute').then((m) => ({ default: m.QuizRoute })));
const AttemptRoute = lazy(() => import('../../features/quizzes/routes/AttemptRoute').then((m) => ({ default: m.AttemptRoute })));

/** "Program title" above a quiz, linking to the program's page. */
function QuizContext({ programId }: { programId: number }) {
  const program = useProgram(programId);
  if (!program.data) return null;
  return (
    <Text size="sm">
      <Anchor component={Link} to={`/programs/${programId}`}>
        {program.data.title}
      </Anchor>
    </Text>
  );
}

/** `/quizzes/:id`: a test's card for the signed-in participant. */
export function QuizPage() {
  return (
    <RequireAuth>
      <Suspense fallback={<Loading />}>
        <QuizRoute context={(quiz) => <QuizContext programId={quiz.programId} />} />
      </Suspense>
    </RequireAuth>
  );
}

/** `/attempts/:id`: taking a test, then its result. */
export function AttemptPage() {
  return (
    <RequireAuth>
      <Suspense fallback={<Loading />}>
        <AttemptRoute />
      </Suspense>
    </RequireAuth>
  );
}
