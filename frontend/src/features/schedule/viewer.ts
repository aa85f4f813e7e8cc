/** The program whose sessions a screen works on, as `src/app` reads it from the catalog. */
export interface ScheduledProgram {
  id: number;
  title: string;
  /** The program's dates (`YYYY-MM-DD`); a session outside them is allowed, and its editor is warned. */
  startsOn: string | null;
  endsOn: string | null;
  /** In the program's order. */
  modules: { id: number; title: string }[];
}
