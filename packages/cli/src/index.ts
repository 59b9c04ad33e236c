export { main } from './main.ts';
export { parseArgs } from './argv.ts';
export { renderHelp } from './help.ts';
export { commands, commandName, type Command, type CommandIo, type ToolCommand, type ActionCommand } from './commands.ts';
