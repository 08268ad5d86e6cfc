import {render} from 'preact';
import {t, uiLanguage} from '../shared/i18n';
import {App} from './app';
import '../pages/base.css';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('options_heading');
render(<App />, document.querySelector('#app')!);
