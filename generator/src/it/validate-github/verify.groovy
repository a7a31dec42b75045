// Each problem is a GitHub Actions workflow command at the start of its own line.
String log = new File(basedir, 'build.log').getText('UTF-8')
String expected = '::error file=content/projects/2024/broken.yaml,line=13,col=3,' +
        'title=funding.annual_total（年度资金申请总额） [funding-total]::' +
        '应等于 当年财政拨款 + 上年结转资金 + 其他资金 = 73,985,001.40 元；实际为 73,985,000.40 元，相差 -1.00 元'
assert log.readLines().contains(expected) : "build.log lacks the line:\n" + expected
return true
