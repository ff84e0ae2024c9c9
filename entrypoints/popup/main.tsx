import { render } from 'preact';

render(<p>Crux</p>, document.getElementById('app') as HTMLElement);
