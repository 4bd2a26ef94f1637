import { render } from 'preact';
import { applyDocumentLanguage, loadLocaleOverride, t } from '../../src/ui/i18n';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/options/options.css';

// ?lang= shows the page in another interface language (tests, screenshots).
void loadLocaleOverride(new URLSearchParams(location.search).get('lang')).then(() => {
  applyDocumentLanguage();
  document.title = t('optTitle');
  const app = document.getElementById('app');
  if (app) render(<OptionsApp />, app);
});
