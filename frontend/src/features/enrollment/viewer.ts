/** What the management screens need to know about the person looking; `src/app` passes it in. */
export interface EnrollmentViewer {
  isAdmin: boolean;
  isTrainer: boolean;
}

/** The program a management screen belongs to, as `src/app` reads it from the catalog. */
export interface ManagedProgram {
  id: number;
  title: string;
  /** Places on the program; null means unlimited. */
  capacity: number | null;
}
