/**
 * Taking a photo with the laptop's camera: a live preview in a <video>, and "Take photo" draws the
 * current frame to a canvas and hands a JPEG to the same pipeline as imported files. Video only: the
 * app never asks for the microphone (and the Electron shell only allows video, SECURITY.md A5).
 * The camera is switched off when the inspector stops it or leaves the screen.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/govuk/Button';
import type { PhotoFileInput } from '../../photos/preparePhoto';

type CameraState =
  { kind: 'off' } | { kind: 'starting' } | { kind: 'live'; stream: MediaStream } | { kind: 'failed'; message: string };

const CAPTURE_QUALITY = 0.92;

function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Camera access was refused. Allow Inspection Workbench to use the camera in the computer’s privacy settings (or the browser’s site settings), then try again. You can still import photos.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No camera was found on this computer. Connect a camera and try again, or import photos instead.';
    case 'NotReadableError':
    case 'AbortError':
      return 'The camera could not be started: another application may be using it. Close that application and try again.';
    default:
      return `The camera could not be started (${name || 'unknown error'}). You can still import photos.`;
  }
}

function timestampName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Camera photo ${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}.${pad(date.getMinutes())}.${pad(date.getSeconds())}.jpg`;
}

export function CameraCapture({
  onCapture,
  disabled,
}: {
  onCapture: (input: PhotoFileInput) => Promise<void>;
  disabled: boolean;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>({ kind: 'off' });
  const [ready, setReady] = useState(false);
  const [capturing, setCapturing] = useState(false);
  const stream = camera.kind === 'live' ? camera.stream : null;

  useEffect(() => {
    const element = video.current;
    if (!stream || !element) return;
    element.srcObject = stream;
    void element.play().catch(() => {});
    return () => {
      for (const track of stream.getTracks()) track.stop();
      element.srcObject = null;
    };
  }, [stream]);

  async function start() {
    if (!navigator.mediaDevices?.getUserMedia) {
      setCamera({ kind: 'failed', message: 'This window cannot use a camera. You can still import photos.' });
      return;
    }
    setCamera({ kind: 'starting' });
    setReady(false);
    try {
      const started = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 1920 }, height: { ideal: 1080 } },
        audio: false,
      });
      setCamera({ kind: 'live', stream: started });
    } catch (error) {
      setCamera({ kind: 'failed', message: cameraProblem(error) });
    }
  }

  async function takePhoto() {
    const element = video.current;
    if (!element || element.videoWidth === 0) return;
    setCapturing(true);
    try {
      const canvas = document.createElement('canvas');
      canvas.width = element.videoWidth;
      canvas.height = element.videoHeight;
      canvas.getContext('2d')?.drawImage(element, 0, 0);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', CAPTURE_QUALITY));
      if (!blob) throw new Error('the camera frame could not be encoded');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      await onCapture({ name: timestampName(new Date()), size: bytes.byteLength, read: async () => bytes });
    } finally {
      setCapturing(false);
    }
  }

  return (
    <div className="app-camera">
      {camera.kind === 'failed' && (
        <div className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {camera.message}
        </div>
      )}
      {camera.kind === 'live' && (
        <video
          ref={video}
          className="app-camera__preview"
          muted
          playsInline
          aria-label="Live camera preview"
          onLoadedMetadata={() => setReady(true)}
        />
      )}
      <div className="govuk-button-group">
        {camera.kind === 'live' ? (
          <>
            <Button type="button" onClick={() => void takePhoto()} disabled={!ready || capturing || disabled}>
              Take photo
            </Button>
            <Button type="button" variant="secondary" onClick={() => setCamera({ kind: 'off' })}>
              Stop camera
            </Button>
          </>
        ) : (
          <Button type="button" variant="secondary" onClick={() => void start()} disabled={camera.kind === 'starting'}>
            {camera.kind === 'starting' ? 'Starting camera…' : 'Start camera'}
          </Button>
        )}
      </div>
    </div>
  );
}
