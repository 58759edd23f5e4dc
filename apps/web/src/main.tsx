import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { registerServiceWorker } from './serviceWorker/registerServiceWorker'
import './styles/base.css'
import './styles/controls.css'
import './styles/header.css'
import './styles/home.css'
import './styles/auth.css'
import './styles/admin.css'
import './styles/status.css'
import './styles/toolbar.css'
import './styles/editor.css'
import './styles/prose.css'
import './styles/carets.css'
import './styles/comments.css'
import './styles/notifications.css'
// Last, where TipTap's own <style> element used to go (after the stylesheet): its rules win as before.
import './styles/tiptap.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
if (import.meta.env.PROD) registerServiceWorker()
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
