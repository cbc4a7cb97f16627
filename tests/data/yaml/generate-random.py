# Generates random block-style YAML documents (the random-block-*.yaml conformance files: python3 generate-random.py SEED).
# Mostly valid, with some odd keys and values; expected results come from regenerate.js like every other case.
import random, sys
seed = int(sys.argv[1]); random.seed(seed)
words = ['a', 'name', 'x y', 'key-1', 'http://x', 'a:b', '1', '0x1F', 'true', 'null', '~', '-1', '1.5', '.inf', 'yes', '#x', 'a#b', 'é', '<<', 'on', '0o7', '1e3', '2001-01-01', 'foo bar baz', "it's", '-x', 'a,b', 'x]', '{x', '%x', '@x', '!x', '&x', '*x', '?x', ':x', '|x', '>x', 'a: b', 'a :b', 'trailing ', ' lead']
safe = ['a', 'name', 'x y', 'key-1', 'http://x/y', 'a:b', '1', '0x1F', 'true', 'null', '~', '-1', '1.5', '.inf', 'yes', 'a#b', 'é', '<<', 'on', '0o7', '1e3', '2001-01-01', 'foo bar baz', "it's", '-x', 'a,b', 'x]', 'trailing ', 'a/b', 'v1.2.3', 'C++', 'a=b', '$x', 'a%b', 'a&b', 'a*b', 'a!b', 'a|b', 'a>b', 'a@b', 'x\\y']
def plain():
    w = random.choice(safe) if random.random() < 0.9 else random.choice(words)
    return w
def quoted():
    w = random.choice(words + ['', 'a"b', "a'b", 'a\\b'])
    if random.random() < 0.5:
        return "'" + w.replace("'", "''") + "'"
    return '"' + w.replace('\\', '\\\\').replace('"', '\\"') + '"'
def scalar():
    r = random.random()
    if r < 0.6: return plain()
    if r < 0.85: return quoted()
    return '[' + ', '.join(random.choice([plain, quoted])() for _ in range(random.randint(0, 3))) + random.choice(['', ',', ' ']) + ']'
def comment():
    return random.choice(['', '', '', ' # c', ' #', '  # x: y'])
def block_scalar(indent):
    h = random.choice(['|', '|-', '>', '>-', '|+', '>+'])
    lines = []
    n = indent + random.choice([1, 2, 4])
    for _ in range(random.randint(0, 4)):
        r = random.random()
        if r < 0.2: lines.append('')
        elif r < 0.3: lines.append(' ' * (n + 2) + 'more')
        else: lines.append(' ' * n + random.choice(['text', 'a b', 'x: y', '# not', '- item']))
    return h + comment(), lines
def value(indent, depth):
    r = random.random()
    if depth > 3 or r < 0.5:
        return ' ' + scalar() + comment(), []
    if r < 0.6:
        h, lines = block_scalar(indent)
        return ' ' + h, lines
    if r < 0.65:
        return random.choice(['', ' {}', ' []']), []
    sub = indent + random.choice([2, 4])
    if random.random() < 0.5:
        return comment(), mapping(sub, depth + 1)
    ind = random.choice([indent, sub])
    return comment(), sequence(ind, depth + 1)
def key():
    return random.choice([plain(), plain(), quoted()])
def mapping(indent, depth, first_prefix=None):
    out = []
    for i in range(random.randint(1, 4)):
        v, lines = value(indent, depth)
        prefix = ' ' * indent if (i > 0 or first_prefix is None) else first_prefix
        out.append(prefix + key() + ':' + v)
        out.extend(lines)
        if random.random() < 0.1: out.append(random.choice(['', '# comment', '   ', ' ' * indent + '# c']))
    return out
def sequence(indent, depth):
    out = []
    for i in range(random.randint(1, 4)):
        r = random.random()
        if r < 0.3 and depth < 4:
            out.extend(mapping(indent + 2, depth + 1, ' ' * indent + '- '))
        elif r < 0.4 and depth < 4:
            out.append(' ' * indent + '-' + comment())
            out.extend(mapping(indent + 2, depth + 1))
        else:
            v, lines = value(indent, depth)
            out.append(' ' * indent + '-' + v)
            out.extend(lines)
    return out
docs = []
for d in range(60):
    lines = mapping(0, 0)
    nl = random.choice(['\n', '\n', '\r\n'])
    docs.append('---' + random.choice(['', ' # doc']) + nl + nl.join(lines) + nl)
sys.stdout.write(''.join(docs))
