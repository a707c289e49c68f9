// Seam: what the extension observed in Career Manager for one application (issue 5).
export function ObservationsPanel(_props: { applicationId: string }) {
  return null;
}
