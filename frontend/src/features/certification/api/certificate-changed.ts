import type { QueryClient } from '@tanstack/react-query';
import { certificationKeys } from './schemas';

/** After a program's certificates changed (issued, revoked, reissued): its lists are read again. */
export function certificatesChanged(queryClient: QueryClient, programId: number) {
  void queryClient.invalidateQueries({ queryKey: certificationKeys.programProgress(programId) });
  void queryClient.invalidateQueries({ queryKey: certificationKeys.programCertificates(programId) });
}
