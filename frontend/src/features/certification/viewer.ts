/** What the staff screens need to know about the person looking; `src/app` passes it in. */
export interface CertificationViewer {
  isAdmin: boolean;
  isTrainer: boolean;
}

/** The program a certification screen works on, as `src/app` reads it from the catalog and the tests. */
export interface CertificationProgram {
  id: number;
  title: string;
  /** In the program's order. */
  modules: { id: number; title: string }[];
  /** The program's tests: a null `moduleId` is the final test. */
  quizzes: { id: number; title: string; moduleId: number | null; passMark: number }[];
}
