/** `roadmap --help` and `roadmap <command> --help` (SPEC §7). */

const READ_OPTIONS = `Options that choose the roadmap notes (every command that reads the vault):
  --tag T          a roadmap tag (repeatable; replaces the defaults #projects, #roadmap)
  --folder F       a roadmap folder of the vault (repeatable)
  --all            every note is a roadmap note
  --link-depth N   how many wikilink hops to follow (0–5, default 1)`;

const TARGETS = `A checkbox is named by
  #7d8cec          its HTML id, when no other checkbox of the vault has it
  Projects.md:9    the only checkbox on line 9 of that note (as the line is now)
  Projects.md:9:2  the 2nd checkbox on that line
  r2.UHJv…         its ref, from "roadmap index --json"
"roadmap board --refs" shows the shortest of these for each checkbox.`;

const WRITE_OPTIONS = `  --config-dir D   the vault's Obsidian config folder (default: .obsidian)
  --replace        replace a Status or date cell's words that are not a status or a date
A write that cannot find its target with certainty is refused (exit 1) and changes
nothing; so is one that would replace words it cannot read (without --replace). The
plugin's settings (D/plugins/roadmap-board/data.json) and the Tasks plugin's are used.
The undo log lives in D/plugins/roadmap-board/ of an Obsidian vault (shared with the
plugin), else in $XDG_STATE_HOME/roadmap-board/ (~/.local/state/roadmap-board/).`;

export const COMMAND_HELP: Record<string, string> = {
  board: `roadmap board [vault] [--refs] [--json] [--today DATE]
The board as text: each note's groups with progress and due dates, their items and tasks.
  --refs           show each checkbox's target (#id or path:line[:n]) to use with toggle
  --json           the lanes as the board view shows them (groups), as JSON
  --today DATE     the date overdue is counted from (YYYY-MM-DD; default: today)
${READ_OPTIONS}
The vault is the current folder unless one is given.
Example: roadmap board ~/Notes --refs`,
  timeline: `roadmap timeline [vault] [--json] [--today DATE]
The roadmap in time: under each note and group, its dated items — a bar from start to
due (▬ 2027-01-04 → 2027-06-30) or a diamond at the one date (◆ 2026-03-31; milestones
always) — marked overdue, doing, done or cancelled; then the items with no date.
  --json           the rows as JSON (note, group, items with start, due, state)
  --today DATE     the date overdue is counted from (YYYY-MM-DD; default: today)
${READ_OPTIONS}
Example: roadmap timeline . --json`,
  history: `roadmap history [vault] [--json] [--today DATE]
Each group's done/total at every saved check-in (W46 1/3  W47 2/3 …): the plugin's data,
merged with the roadmap: map of the weekly notes' frontmatter (so the history survives
lost data). --json: {groups: [{group, path, points: [{week, done, total}]}]}.
  --config-dir D   the vault's Obsidian config folder (default: .obsidian)
${READ_OPTIONS}
Example: roadmap history . --json`,
  stale: `roadmap stale [vault] [--today DATE]
The items under way (doing, or to do with tasks done) that 3 saved check-ins in a row saw
unchanged, as the check-in lists them under Stale; "Still on it" there quiets one.
  --config-dir D   the vault's Obsidian config folder (default: .obsidian)
${READ_OPTIONS}
Example: roadmap stale .`,
  index: `roadmap index [vault] --json
The model (SPEC §2) as JSON: notes, groups, items, tasks with their refs, check-ins, links.
Without --json: a one-line count.
${READ_OPTIONS}
Example: roadmap index . --json > model.json`,
  toggle: `roadmap toggle <vault> <checkbox>
Checks or unchecks one checkbox and prints what changed:
  Projects.md:9 "gVisor - foreverVM": unchecked → checked
${TARGETS}
${WRITE_OPTIONS}
Example: roadmap toggle . '#7d8cec'`,
  move: `roadmap move <vault> <item> todo|doing|done|cancelled
Moves an item to a state with the smallest change its note can hold, and prints it:
  2026 Systems Engineering Roadmap.md:62 "API freeze": To do → Done
A list item's task marker is set ([ ] [/] [x] [-]), or added when it has none; a table
row's Status cell and checkbox are set together; a row with neither gets a checkbox for
done. A state the note cannot hold is refused with how to make it possible. The item is
named by its checkbox (as for toggle) or by path:line.
${WRITE_OPTIONS}
Example: roadmap move . '2026 Systems Engineering Roadmap.md:62' done`,
  'set-status': `roadmap set-status <vault> <item> <text>
Replaces the text of an item's Status cell and prints the old and new text. The item is
named by its checkbox (as for toggle) or by path:line of its table row.
${WRITE_OPTIONS}
Example: roadmap set-status . 'Hiring Plan.md:12' "In progress"`,
  'add-task': `roadmap add-task <vault> <item> <text>
Adds an unchecked task under an item (a new line under a list item, a new checkbox in a
table row's item cell) and prints its note and line. The item is named by its checkbox
(as for toggle) or by path:line.
${WRITE_OPTIONS}
Example: roadmap add-task . Projects.md:9 "Write the blog post"`,
  'add-item': `roadmap add-item <vault> <group> <text>
Adds an item at the end of a group, in the note's own form, and prints its note and line:
a table row after the group's last row (cells as wide as the row above, a checkbox where
the table keeps them), or a list item after the last one (same bullet, the next number,
a task marker when the items have one). The group is named by path:line of its heading
or group row, or of one of its items.
${WRITE_OPTIONS}
Example: roadmap add-item . 'Projects.md:9' "Write the blog post"`,
  'set-due': `roadmap set-due <vault> <item> <date>
Sets an item's due date where the item keeps it (its Due cell, 📅, [due:: ]), in the
format it was written in when that format can say the date (Q4 2026 stays a quarter
when the date is its last day); an item without one gets " 📅 YYYY-MM-DD". Prints the
old and new date. The date: YYYY-MM-DD, YYYY/MM/DD, Qn YYYY, Mon YYYY, YYYY-Www, today.
The item is named by its checkbox (as for toggle) or by path:line.
${WRITE_OPTIONS}
Example: roadmap set-due . 'Projects.md:9' 2026-12-15`,
  'set-start': `roadmap set-start <vault> <item> <date>
As set-due, for the start date (its Start cell, 🛫, [start:: ]; " 🛫 YYYY-MM-DD" added).
${WRITE_OPTIONS}
Example: roadmap set-start . 'Projects.md:9' 'Jan 2027'`,
  undo: `roadmap undo <vault> [--list | <n>]
Undoes the last change made by roadmap (or the plugin) in this vault, or the n-th of
the list: every byte the change wrote, or nothing. A change that cannot be undone now
stays listed (undo a newer change standing in front of it first).
  --list           the changes, newest first, numbered
${WRITE_OPTIONS}
Example: roadmap undo . --list; roadmap undo . 2`,
  checkin: `roadmap checkin <vault> [--week YYYY-Www] [--list] --answer "<n>=<text>"…
Saves answers to the roadmap notes' check-in questions into the week's note (made from the
weekly template when missing), and records the check-in for "done since last check-in".
  --list           the numbered questions, and whether this week's note answers them
  --week W         the ISO week (2026-W49, any case; default: this week)
  --answer "n=…"   the answer to question n (repeatable); without it, on a terminal,
                   each question is asked in turn
  --today DATE     the date that makes "this week" (YYYY-MM-DD; default: today)
  --config-dir D   the vault's Obsidian config folder (default: .obsidian)
Example: roadmap checkin . --answer "1=Ownership in Rust" --answer "3=Lifetimes"`,
};

export const HELP = `roadmap — the Roadmap Board core on a vault folder

Usage:
  roadmap board [vault] [--refs]   the board as text (--json: its lanes)
  roadmap timeline [vault]         dated items per group (--json: the rows)
  roadmap history [vault]          each group's progress at every check-in
  roadmap stale [vault]            items under way that have not moved
  roadmap index [vault] --json     the model as JSON
  roadmap toggle <vault> <checkbox>
                                   check or uncheck one checkbox
  roadmap move <vault> <item> todo|doing|done|cancelled
                                   move an item, with the smallest change
  roadmap set-status <vault> <item> <text>
                                   replace an item's Status cell
  roadmap add-task <vault> <item> <text>
                                   add a task under an item
  roadmap add-item <vault> <group> <text>
                                   add an item at the end of a group
  roadmap set-due <vault> <item> <date>
  roadmap set-start <vault> <item> <date>
                                   set an item's due or start date
  roadmap undo <vault> [--list | <n>]
                                   undo the last change (or the n-th listed)
  roadmap checkin <vault> [--list] [--week YYYY-Www] --answer "<n>=<text>"…
                                   save check-in answers into the week's note
  roadmap <command> --help         that command's options, with an example

${TARGETS}
${READ_OPTIONS}
The vault is the current folder for board and index; "." names it for the others.
Run from a clone: npm run build, then node dist/cli.cjs …, or npm link once for "roadmap".`;
