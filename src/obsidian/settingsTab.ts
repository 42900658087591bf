import { debounce, PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from 'obsidian';
import { mixedWeekFormat } from '../core/checkin/dateFormat';
import { checkSetting, type Settings } from '../core/settings';

type Field = Exclude<keyof Settings, 'version'>;

/** How long typing pauses before a text setting is saved. */
const SAVE_AFTER_MS = 600;

export interface SettingsHost {
  readonly roadmapSettings: Settings;
  saveSettings(settings: Settings): Promise<void>;
}

interface Row {
  name: string;
  desc?: string;
  render?: (setting: Setting) => void;
}

/** Rows under a heading (none for the first). */
interface Section {
  heading: string | null;
  rows: Row[];
}

/**
 * One row per setting. A value is checked as it is typed: a bad one is explained under
 * the field and not saved; the last good value stays in force. A good one is saved when
 * typing pauses or the field is left. The same rows feed
 * Obsidian's declarative settings (searchable, 1.13+) and the classic `display()`.
 */
export class RoadmapSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  /** Obsidian 1.13+: each section a group, its heading the group's (not a searchable row). */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    return this.sections().map((section) => ({
      type: 'group' as const,
      ...(section.heading ? { heading: section.heading } : {}),
      items: section.rows.map((row) => ({ name: row.name, desc: row.desc, render: (setting: Setting) => this.renderRow(row, setting) })),
    }));
  }

  /** Older Obsidian: the classic tab, a heading row before each section but the first. */
  override display(): void {
    this.containerEl.empty();
    for (const section of this.sections()) {
      if (section.heading) new Setting(this.containerEl).setName(section.heading).setHeading();
      for (const row of section.rows) this.renderRow(row, new Setting(this.containerEl));
    }
  }

  private renderRow(row: Row, setting: Setting): void {
    setting.setName(row.name);
    if (row.desc) setting.setDesc(row.desc);
    row.render?.(setting);
  }

  private sections(): Section[] {
    const s = () => this.host.roadmapSettings;
    const notes: Row[] = [
      this.text('roadmapTags', 'Roadmap tags', 'Notes with any of these tags are roadmap notes (comma-separated; nested tags count).', () => s().roadmapTags.join(', ')),
      this.text('roadmapFolders', 'Roadmap folders', 'Every note in these folders is a roadmap note (comma-separated).', () => s().roadmapFolders.join(', ')),
      this.text('linkDepth', 'Link depth', 'How many links away from a roadmap note notes are read too (0–5).', () => String(s().linkDepth)),
      this.toggle('allNotes', 'Every note is a roadmap note', 'Read every note of the vault.'),
      this.text(
        'taskStatuses',
        'Task statuses',
        'More task status characters and their meaning: todo, doing, done or cancelled, e.g. "> todo, ! doing". Where the Tasks plugin is on, its statuses win.',
        () => Object.entries(s().taskStatuses).map(([symbol, state]) => `${symbol} ${state}`).join(', '),
      ),
    ];
    const weekly: Row[] = [
      this.text('weeklyFolder', 'Folder', 'Where weekly check-in notes go.', () => s().weeklyFolder),
      this.text('weeklyFormat', 'File name format', 'Moment.js format with ISO week tokens, e.g. GGGG-[W]WW.', () => s().weeklyFormat, mixedWeekFormat),
      this.text('weeklyTemplate', 'Template note', 'Path of a template note; empty for the built-in template.', () => s().weeklyTemplate),
      this.toggle('usePeriodicNotes', 'Use the periodic notes settings', 'Where the periodic notes plugin has weekly notes on, use its folder, format and template.'),
      this.toggle('reminderEnabled', 'Weekly reminder', 'On the chosen weekday, a notice offers to open the check-in.'),
      this.text('reminderWeekday', 'Reminder weekday', '1 = Monday … 7 = Sunday.', () => String(s().reminderWeekday)),
      this.text('staleAfter', 'Stale after', 'How many check-ins in a row may see an item under way unchanged before the check-in asks about it (1–12).', () => String(s().staleAfter)),
    ];
    const board: Row[] = [
      {
        name: 'Default grouping',
        render: (setting) => {
          setting.addDropdown((dropdown) =>
            dropdown
              .addOptions({ groups: 'Groups', status: 'Status', timeline: 'Timeline' })
              .setValue(s().boardGrouping)
              .onChange((value) => void this.save('boardGrouping', value)),
          );
        },
      },
      this.toggle('boardShowDone', 'Show done items', 'Done items are shown dimmed; off hides them.'),
      {
        name: 'Done dates',
        desc: 'When a checked task gets "✅ date" (as the Tasks plugin writes it).',
        render: (setting) => {
          setting.addDropdown((dropdown) =>
            dropdown
              .addOptions({ tasks: 'Where the note has Tasks dates, or Tasks sets them', always: 'Always', never: 'Never' })
              .setValue(s().doneDates)
              .onChange((value) => void this.save('doneDates', value)),
          );
        },
      },
      this.text('undoDepth', 'Undo depth', 'How many roadmap changes can be undone (1–200).', () => String(s().undoDepth)),
    ];
    return [
      { heading: null, rows: notes },
      { heading: 'Weekly note', rows: weekly },
      { heading: 'Board', rows: board },
    ];
  }

  /** A text field; `warn` names a value that is saved but likely wrong. */
  private text(field: Field, name: string, desc: string, current: () => string, warn?: (value: string) => string | null): Row {
    return {
      name,
      desc,
      render: (setting) => {
        const problem = setting.descEl.createDiv({ cls: 'roadmap-setting-problem' });
        const warning = (value: string) => {
          const text = warn?.(value);
          return text ? `Saved, but ${text}.` : '';
        };
        problem.setText(warning(current()));
        // Checked at each keystroke, saved once per change: when typing pauses or the
        // field is left. Each save writes data.json (which Sync copies) and some start a
        // full rebuild of the index.
        const save = debounce((value: string) => void this.save(field, value).then((message) => problem.setText(message ?? warning(value))), SAVE_AFTER_MS, true);
        setting.addText((text) => {
          text.setValue(current()).onChange((value) => {
            const checked = checkSetting(field, value);
            if (checked.ok) {
              problem.setText(warning(value));
              save(value);
            } else {
              save.cancel();
              problem.setText(`Not saved: ${checked.message}.`);
            }
          });
          text.inputEl.addEventListener('blur', () => void save.run());
        });
      },
    };
  }

  private toggle(field: Field, name: string, desc: string): Row {
    return {
      name,
      desc,
      render: (setting) => {
        setting.addToggle((toggle) => toggle.setValue(this.host.roadmapSettings[field] as boolean).onChange((value) => void this.save(field, value)));
      },
    };
  }

  /** Saves a checked value; returns why it was not saved, or null. */
  async save(field: Field, value: unknown): Promise<string | null> {
    const checked = checkSetting(field, value);
    if (!checked.ok) return `Not saved: ${checked.message}.`;
    await this.host.saveSettings({ ...this.host.roadmapSettings, [field]: checked.value });
    return null;
  }
}
