/**
 * commander speaks English ("Usage:", "error: unknown option"); a clerk reads Chinese (SPEC §7.1). Its help
 * headings are translated through configureHelp, and its errors are replaced by our own zh-CN sentences.
 */
import { Command, CommanderError, type HelpConfiguration } from 'commander';
import { displayWidth } from './displayWidth';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

export const CHINESE_HELP: HelpConfiguration = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  // Pads by terminal columns, so Chinese option names line up.
  displayWidth,
  // "score <文件或文件夹...> [选项]" rather than commander's "score [options] <paths...>".
  subcommandTerm: (cmd: Command) => `${cmd.name()} ${cmd.usage()}`,
};

/** Gives a command Chinese help: headings, usage words and the help option itself. */
export function chineseCommand(cmd: Command): Command {
  return cmd.configureHelp(CHINESE_HELP).helpOption('-h, --help', '显示帮助');
}

/** The quoted part of a commander message ("error: unknown option '--x'" → "--x"). */
const quoted = (message: string) => /'([^']*)'/.exec(message)?.[1] ?? '';

/** A commander usage error in zh-CN, with the hint to --help. */
export function usageErrorText(e: CommanderError): string {
  const q = quoted(e.message);
  const text: Record<string, string> = {
    'commander.unknownOption': `未知的选项 ${q}。`,
    'commander.unknownCommand': `未知的命令 ${q}。可用的命令：score。`,
    'commander.missingArgument': '缺少要评分的文件或文件夹。',
    'commander.optionMissingArgument': `选项 ${q} 后面需要一个值。`,
    'commander.missingMandatoryOptionValue': `缺少必填的选项 ${q}。`,
    'commander.excessArguments': '参数过多。',
    'commander.invalidArgument': `参数 ${q} 的值无效。`,
    'commander.conflictingOption': `选项 ${q} 不能同时使用。`,
  };
  return `${text[e.code] ?? `命令行参数有误（${e.message.replace(/^error:\s*/, '')}）。`}运行 ziping --help 查看用法。\n`;
}
