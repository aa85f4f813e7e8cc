/** The program whose quizzes a staff screen works on, as `src/app` reads it from the catalog. */
export interface QuizProgram {
  id: number;
  title: string;
  /** In the program's order. */
  modules: { id: number; title: string }[];
}
