// The plugin's own styles.css and Obsidian's default theme variables, as in the app.
import '../../styles.css';
import '../theme/obsidian-theme.css';

document.body.classList.add('theme-light');
