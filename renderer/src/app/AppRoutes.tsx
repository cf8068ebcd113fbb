/** Every route of the app. A route exists only when its screen works. */
import { Route, Routes } from 'react-router';
import { AboutPage } from '../features/help/AboutPage';
import { KeyboardShortcutsPage } from '../features/help/KeyboardShortcutsPage';
import { NotFoundPage } from '../features/help/NotFoundPage';
import { InspectionsHome } from '../features/inspections/InspectionsHome';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<InspectionsHome />} />
      <Route path="/about" element={<AboutPage />} />
      <Route path="/help/shortcuts" element={<KeyboardShortcutsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
