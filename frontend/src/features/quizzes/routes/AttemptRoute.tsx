import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useAttempt } from '../api/get-attempt';
import { AttemptResult } from '../taking/AttemptResult';
import { TakingScreen } from '../taking/TakingScreen';

/** `/attempts/:id`: the attempt in progress, or once submitted its result as the review policy allows. */
export function AttemptRoute() {
  const id = Number(useParams().id);
  const attempt = useAttempt(id);
  if (attempt.isPending) return <Loading />;
  if (attempt.isError) return <ErrorAlert error={attempt.error} onRetry={() => void attempt.refetch()} />;
  if (attempt.data.status === 'submitted') return <AttemptResult attempt={attempt.data} quizHref={`/quizzes/${attempt.data.quizId}`} />;
  return <TakingScreen key={attempt.data.id} attempt={attempt.data} />;
}
