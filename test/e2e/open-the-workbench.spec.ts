/**
 * A new user opens the workbench in a browser: the styled shell loads with no console errors, the
 * Content-Security-Policy is in force, and the home screen passes axe (WCAG 2.2 A/AA).
 */
import { cspViolations, expect, expectNoAccessibilityViolations, test } from './fixtures';
import { createPassphrase, fillDeviceSetup, setUpDevice } from './journeys';

test('the home screen loads with the security marking and a real empty state', async ({ page, watch }) => {
  // A first run asks who uses the device (every change is attributed), then shows the home screen.
  await setUpDevice(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Inspections' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Inspection Workbench');
  await expect(page.getByRole('banner')).toContainText('OFFICIAL-SENSITIVE');
  await expect(page.getByRole('heading', { name: 'No inspections on this device yet' })).toBeVisible();
  // GOV.UK Frontend's stylesheet is applied (not an unstyled page).
  const headingFont = await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontWeight);
  expect(Number(headingFont)).toBeGreaterThanOrEqual(700);
  expect(watch.consoleErrors).toEqual([]);
  // Not even zod's start-up eval probe: the app runs within its CSP without a single violation.
  expect(await cspViolations(page)).toEqual([]);
});

test('the Content-Security-Policy stops an injected inline script and inline handler', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a passphrase' })).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    img.setAttribute('onload', 'window.__handlerRan = true');
    document.body.append(img);
  });
  await page.waitForTimeout(200);
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __injected?: boolean; __handlerRan?: boolean };
    return { script: w.__injected === true, handler: w.__handlerRan === true };
  });
  expect(ran).toEqual({ script: false, handler: false });
  const violations = await cspViolations(page);
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
});

test('the CSP header is sent with the page', async ({ request }) => {
  const response = await request.get('/');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});

test('the first-run and home screens have no WCAG 2.2 A/AA violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a passphrase' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Create passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a passphrase');
  await expectNoAccessibilityViolations(page);
  await createPassphrase(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up this device' })).toBeVisible({ timeout: 15_000 });
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Your name');
  await expectNoAccessibilityViolations(page);
  await fillDeviceSetup(page);
  await expectNoAccessibilityViolations(page);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('About and Keyboard shortcuts are reachable and accessible', async ({ page }) => {
  await setUpDevice(page);
  await page.getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Inspection Workbench' })).toBeVisible();
  await expect(page.getByText('Browser app')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
