import { useEffect, type PropsWithChildren } from 'react';
import { platform } from '@platform';
import './app.css';

function App({ children }: PropsWithChildren) {
  useEffect(() => platform.onAppMount?.(), []);
  return children;
}

export default App;
