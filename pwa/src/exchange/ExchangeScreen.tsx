// Seam for export, import and mentor review (issue 4). Replaced by the exchange work.
export function ExchangeScreen(_props: { applicationId: string | null }) {
  return null;
}
