/** The program whose question bank a screen shows, as `src/app` reads it from the catalog. */
export interface BankProgram {
  id: number;
  title: string;
}

/** Where a program's bank and its screens live in the workspace. */
export const bankPath = (programId: number, rest = '') => `/manage/programs/${programId}/questions${rest}`;
