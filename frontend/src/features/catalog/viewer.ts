/** What catalog screens need to know about the person looking; `src/app` passes it in. */
export interface CatalogViewer {
  isAdmin: boolean;
  isTrainer: boolean;
}
