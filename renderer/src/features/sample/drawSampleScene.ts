/**
 * Draws the sample inspection's photos, so the app ships no binary images of unknown origin: an
 * infusion bag label (with the patient identifier already blacked out), a processing unit's
 * firmware screen, and a storage fridge display.
 */
export type SampleScene = 'label' | 'isolator' | 'fridge';

const WIDTH = 1600;
const HEIGHT = 1200;

export async function drawSampleScene(scene: SampleScene): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the sample photos.');
  const gradient = context.createLinearGradient(0, 0, WIDTH, HEIGHT);
  gradient.addColorStop(0, scene === 'fridge' ? '#c9d6df' : '#d9d4c7');
  gradient.addColorStop(1, '#8a9aa5');
  context.fillStyle = gradient;
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.font = 'bold 56px sans-serif';
  context.fillStyle = '#0b0c0c';
  if (scene === 'label') drawLabel(context);
  if (scene === 'isolator')
    drawScreen(context, [
      'CLOSED PROCESSING UNIT  CPU-07',
      'Firmware 4.2.1  build 2026-09-14',
      'Run NCT-2622  step 6 of 9',
      'Chamber 37.0 °C   CO₂ 5.0 %',
    ]);
  if (scene === 'fridge')
    drawScreen(context, [
      'STORAGE FRIDGE  F-CS-03',
      'Current  +4.8 °C',
      'Min/Max 24 h  +3.9 / +5.6 °C',
      'Alarm limits  +2.0 / +8.0 °C',
    ]);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

function drawLabel(context: OffscreenCanvasRenderingContext2D): void {
  context.fillStyle = '#f3f2f1';
  context.fillRect(300, 150, 1000, 900);
  context.strokeStyle = '#0b0c0c';
  context.lineWidth = 6;
  context.strokeRect(300, 150, 1000, 900);
  context.fillStyle = '#0b0c0c';
  const lines = [
    'NCT-CAR19  CAR-T cells',
    'Batch NCT-2611',
    'Made at POC-001',
    'Patient ID',
    'DOB',
    'For autologous use only',
    'Administer within 3 h',
  ];
  lines.forEach((line, index) => context.fillText(line, 350, 260 + index * 115));
  // The identifiers are blacked out, as an inspector would redact them before sharing.
  context.fillRect(700, 560, 550, 80);
  context.fillRect(700, 675, 550, 80);
}

function drawScreen(context: OffscreenCanvasRenderingContext2D, lines: string[]): void {
  context.fillStyle = '#1d2a33';
  context.fillRect(200, 200, 1200, 800);
  context.fillStyle = '#85e89d';
  context.font = 'bold 60px monospace';
  lines.forEach((line, index) => context.fillText(line, 260, 330 + index * 150));
}
