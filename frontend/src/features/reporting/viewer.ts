/** The program a report is about, as `src/app` hands it over from the workspace. */
export interface ReportProgram {
  id: number;
  title: string;
}
