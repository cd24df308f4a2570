import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/lib/i18n';
import { AppProvider } from '@/app/provider';
import { AppRouter } from '@/app/router';
import { restoreSession } from '@/lib/api-client';
import './styles.css';

// The access token is kept in memory only: a reload or a new tab gets one with the HttpOnly refresh cookie.
void restoreSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
