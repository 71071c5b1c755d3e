/**
 * The confirmation before a restore: Fluent's Dialog, loaded only when the user asks to restore (a rare
 * act), so the pane's first download carries neither the dialog nor its motion code.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export interface RestoreDialogProps {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  /** Closed without restoring (the cancel button, Escape). */
  onCancel: () => void;
}

export default function RestoreDialog({ title, body, confirm, cancel, onConfirm, onCancel }: RestoreDialogProps) {
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {confirm}
            </Button>
            <Button onClick={onCancel}>{cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
