// Continue: from anywhere in an application, to the exact field core says is next. Opens the
// role it is in, moves to its section, and puts focus on it (not on the section's heading).
import { type Signal, signal } from '@preact/signals';
import { targetRole } from '../../../core/application/next-field.ts';
import type { FieldTarget } from '../../../core/types.ts';
import { focusField } from '../ui/FormError.tsx';
import { claimNavigationFocus } from '../ui/focus.ts';
import { navigate, route } from './route.ts';

const openRoles = new Map<string, Signal<string | null | undefined>>();

/** Which role of an application is open in Career history: an id, null for none, undefined before a choice. */
export function openRoleOf(appId: string): Signal<string | null | undefined> {
  let s = openRoles.get(appId);
  if (!s) {
    s = signal<string | null | undefined>(undefined);
    openRoles.set(appId, s);
  }
  return s;
}

/** Goes to a field of the application and focuses it. */
export function goToField(appId: string, target: FieldTarget): void {
  const role = targetRole(target);
  if (role) openRoleOf(appId).value = role;
  const here = route.value;
  if (!(here.name === 'app' && here.id === appId && here.screen === target.part)) {
    claimNavigationFocus();
    navigate({ name: 'app', id: appId, screen: target.part });
  }
  focusField(target.field);
}
