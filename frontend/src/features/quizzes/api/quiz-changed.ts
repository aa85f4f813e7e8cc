import type { QueryClient } from '@tanstack/react-query';
import { programQuizzesQueryKey, quizQueryKey, type Quiz } from './schemas';

/** After a quiz was created or saved: its view is the answer, the program's list is read again. */
export function quizChanged(queryClient: QueryClient, quiz: Quiz) {
  queryClient.setQueryData(quizQueryKey(quiz.id), quiz);
  void queryClient.invalidateQueries({ queryKey: programQuizzesQueryKey(quiz.programId) });
}
