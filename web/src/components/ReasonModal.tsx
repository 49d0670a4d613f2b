import { Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useLang } from '../i18n';

/** Asks for the reason a step needs (return, reject, close): the step is taken only with one. */
export function ReasonModal({ title, open, onCancel, onOk }: { title: string; open: boolean; onCancel: () => void; onOk: (reason: string) => void }) {
  const { t } = useLang();
  const [reason, setReason] = useState('');
  useEffect(() => { if (open) setReason(''); }, [open]);
  return (
    <Modal open={open} title={title} okText={title} cancelText={t('cancel')} okButtonProps={{ disabled: reason.trim() === '' }}
           onCancel={onCancel} onOk={() => onOk(reason.trim())}>
      <label htmlFor="step-reason">{t('reason')}</label>
      <Input.TextArea id="step-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}
