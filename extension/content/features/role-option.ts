// How a workbook role is named in the draft picker: by title and employer, and by its place in
// the career history when the applicant has not given either yet.

/** "Senior Engineer at Acme Ltd"; "Role 3 (no title or employer yet)" when both are blank. */
export function roleOptionLabel(role: { title: string; employer: string }, index: number): string {
  const title = role.title.trim();
  const employer = role.employer.trim();
  if (title && employer) return `${title} at ${employer}`;
  if (title) return `${title} (no employer yet)`;
  if (employer) return `Role ${index + 1} at ${employer} (no title yet)`;
  return `Role ${index + 1} (no title or employer yet)`;
}
