import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/card.css';
import '../../src/ui/popup/popup.css';

const app = document.getElementById('app');
if (app) render(<PopupApp initialQuery={new URLSearchParams(location.search).get('q') ?? ''} />, app);
