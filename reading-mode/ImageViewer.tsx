import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../ui/i18n';

/** An image of the article as the reader clicked it: its address and description. */
export interface EnlargedImage {
  src: string;
  alt: string;
}

interface ImageViewerProps {
  image: EnlargedImage;
  onClose: () => void;
}

/** An article image shown large, in a modal dialog that Esc, a click or the close button dismisses. */
export function ImageViewer({ image, onClose }: ImageViewerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      class="crux-lightbox"
      ref={dialogRef}
      aria-label={image.alt || t('enlargedImage')}
      onClose={onClose}
      onClick={onClose}
    >
      <img src={image.src} alt={image.alt} />
      <button type="button" class="crux-button" onClick={onClose}>
        {t('close')}
      </button>
    </dialog>
  );
}
