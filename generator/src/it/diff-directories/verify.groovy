// diff printed the changes as text, wrote the Markdown comment, and did not fail.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('项目「热线咨询平台项目经费」 年度资金 73,985,000.40 → 74,985,000.40 元（+1,000,000，+1.4%）') : log
assert log.contains('话后满意度：≥98(%) → ≥95(%)（承诺降低）')
assert log.contains('BUILD SUCCESS')
String markdown = new File(basedir, 'target/diff.md').getText('UTF-8')
assert markdown.startsWith('<!-- disclosure-diff -->\n## 内容变更摘要')
assert markdown.contains('| 绩效指标（其中承诺降低 1 项） | 1 |')
return true
