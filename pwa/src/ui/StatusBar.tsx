// Messages about the workbook itself: storage failures, a newer version in another tab,
// a new version ready to load. Shown on every screen, above the content.
import { newerVersionElsewhere, storageProblem, unsavedInThisTab } from '../db/status.ts';
import { pendingUpdate, takeUpdate, updateProblem } from '../sw/update.ts';
import { OfflineNotice } from './OfflineNotice.tsx';

export function StatusBar() {
  return (
    <div class="status-bar">
      {newerVersionElsewhere.value ? (
        <div role="alert" class="problem">
          <p>
            A newer version of the workbook is open in another tab, so this tab has stopped saving and its fields are read-only. Reload to
            carry on with the new version.
          </p>
          {unsavedInThisTab.value && (
            <p>
              Some of what you typed in this tab was not saved. It is still on screen: select it and copy it before you reload, then paste
              it into the new version.
            </p>
          )}
          <button type="button" onClick={() => location.reload()}>
            Reload this tab
          </button>
        </div>
      ) : (
        storageProblem.value && (
          <div role="alert" class="problem">
            <p>{storageProblem.value}</p>
            <button type="button" onClick={() => (storageProblem.value = null)}>
              Dismiss storage message
            </button>
          </div>
        )
      )}
      {pendingUpdate.value && (
        <div role="status" class="update">
          <p>A new version of the workbook is ready. Your changes are saved before it loads.</p>
          <button type="button" onClick={() => void takeUpdate()}>
            Reload to update
          </button>
          {updateProblem.value && <p role="alert">{updateProblem.value}</p>}
        </div>
      )}
      <OfflineNotice />
    </div>
  );
}
