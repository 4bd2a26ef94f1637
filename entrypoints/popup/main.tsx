import { render } from 'preact';
import { bundledLookup } from '../../src/core/index/load';
import { applyDocumentLanguage, loadLocaleOverride, t } from '../../src/ui/i18n';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/card.css';
import '../../src/ui/popup/popup.css';

// ?q= (the context menu's selection), ?tab= (a tab other than the active one), ?lang= (tests, screenshots).
const params = new URLSearchParams(location.search);
const tab = Number(params.get('tab'));

void loadLocaleOverride(params.get('lang')).then(() => {
  applyDocumentLanguage();
  document.title = t('popupTitle');
  const app = document.getElementById('app');
  if (app)
    render(
      <PopupApp
        index={bundledLookup()}
        initialQuery={params.get('q') ?? ''}
        tabId={Number.isInteger(tab) && tab > 0 ? tab : undefined}
      />,
      app,
    );
});
