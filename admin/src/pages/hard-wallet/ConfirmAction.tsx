import { Alert, Button, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../api';

// One confirmation for every hard-wallet action: it says what will happen before anything is sent,
// and if the server refuses, its Chinese message stays in the dialog (nothing is shown as done).

type Props = {
  label: string;
  title: string;
  className: string;
  danger?: boolean;
  /** What the action does, in words and amounts; shown before the person confirms. */
  children: ReactNode;
  /** Validates the dialog's own fields (if any) and calls the server; resolves when it is done. */
  run: () => Promise<unknown>;
  onDone: () => void;
};

export function ConfirmAction({ label, title, className, danger, children, run, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function ok() {
    setBusy(true);
    setError(null);
    try {
      await run();
      setOpen(false);
      onDone();
    } catch (err) {
      if (err instanceof ApiError) setError(err.message);
      else if (!(err && typeof err === 'object' && 'errorFields' in err)) setError('操作失败，请重试');
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button size="small" danger={danger} className={className} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        okText="确认"
        cancelText="取消"
        okButtonProps={{ danger, className: 'hw-confirm-ok' }}
        confirmLoading={busy}
        onOk={() => void ok()}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        destroyOnClose
      >
        <div className="hw-confirm-body">{children}</div>
        {error ? <Alert className="hw-confirm-error" type="error" showIcon message={error} /> : null}
      </Modal>
    </>
  );
}
