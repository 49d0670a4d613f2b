import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import type { AttachmentInput } from '../gql/graphql';
import { useLang } from '../i18n';

/** What a registry keeps of an attached file: its name, type, size and SHA-256, computed here; the file stays with its owner. */
async function describe(file: File): Promise<AttachmentInput> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { name: file.name, mediaType: file.type || 'application/octet-stream', sizeBytes: file.size, sha256 };
}

/** Files chosen for a contract or an application: each is described (and hashed) in the browser, nothing is uploaded. */
export function AttachmentPicker({ onChange }: { onChange: (update: (all: AttachmentInput[]) => AttachmentInput[]) => void }) {
  const { t } = useLang();
  return (
    <Upload multiple beforeUpload={(file) => { void describe(file).then((a) => onChange((all) => [...all, a])); return false; }}
            onRemove={(file) => onChange((all) => all.filter((a) => a.name !== file.name))}>
      <Button icon={<UploadOutlined />}>{t('chooseFiles')}</Button>
    </Upload>
  );
}
