import { CameraOutlined, PaperClipOutlined, PictureOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// What the API accepts as attachments (it checks the content too).
const DOCUMENTS = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.heic';

function Picker({
  label,
  icon,
  testId,
  busy,
  onFiles,
  ...input
}: {
  label: string;
  icon: ReactNode;
  testId: string;
  busy: boolean;
  onFiles: (files: File[]) => void;
  accept: string;
  multiple?: boolean;
  capture?: 'environment';
}) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={ref}
        type="file"
        {...input}
        style={{ display: 'none' }}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <Button icon={icon} onClick={() => ref.current?.click()} loading={busy} style={{ minHeight: 44 }}>
        {label}
      </Button>
    </>
  );
}

/** Photos from the camera or the album (several at once) and other files; the form around them is not touched. */
export function DeliverableFilePickers({ busy, onFiles }: { busy: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Picker
        label={t('deliverables.photo')}
        icon={<CameraOutlined aria-hidden />}
        testId="camera-input"
        accept="image/*"
        capture="environment"
        busy={busy}
        onFiles={onFiles}
      />
      <Picker
        label={t('deliverables.album')}
        icon={<PictureOutlined aria-hidden />}
        testId="album-input"
        accept="image/*"
        multiple
        busy={busy}
        onFiles={onFiles}
      />
      <Picker
        label={t('deliverables.attach')}
        icon={<PaperClipOutlined aria-hidden />}
        testId="file-input"
        accept={DOCUMENTS}
        multiple
        busy={busy}
        onFiles={onFiles}
      />
    </Flex>
  );
}
