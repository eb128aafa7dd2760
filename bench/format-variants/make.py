#!/usr/bin/env python3
"""Writes the Multi-News dev clusters again in four other shapes articles arrive in, to check that Chorus reads each
the way it reads the plain text (README, "Quality: the same clusters in other input shapes"):

  wrapped   plain text wrapped at 72 columns, paragraphs between blank lines (mail, a feed saved as text)
  indented  wrapped at 80 columns, CRLF line ends, no blank lines, each paragraph's first line indented
  oneline   each article on one line, without its paragraph breaks (a feed's text field)
  sgml      LDC newswire SGML, files named by document number; alternately <P>-tagged and indent-separated <TEXT>
  html      a web page per article: <p> paragraphs inside navigation, a sidebar, a footer and a script

Usage: make.py DEV_DIR OUT_DIR   then   chorus eval OUT_DIR/<shape> --words 100
Each cluster's refs/ is linked, not copied; the articles are written only under OUT_DIR (never into the repository).
"""
import glob, html, os, sys, textwrap


def paragraphs(path):
    with open(path, encoding='utf-8') as f:
        return [p.strip() for p in f.read().split('\n') if p.strip()]


def sgml(k, paras):
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if k % 2 == 0:
        body, docno = '\n'.join('<P>\n' + textwrap.fill(esc(p), 70) + '\n</P>' for p in paras), f'APW1998101{k}.{1000 + k}'
    else:
        body, docno = '\n'.join(textwrap.fill(esc(p), 70, initial_indent='   ') for p in paras), f'NYT1998101{k}.{2000 + k}'
    return docno, (f"<DOC>\n<DOCNO> {docno} </DOCNO>\n<DOCTYPE> NEWS STORY </DOCTYPE>\n<DATE_TIME> 10/1{k}/1998 12:00:00 </DATE_TIME>\n"
                   f"<BODY>\n<TEXT>\n{body}\n</TEXT>\n</BODY>\n<TRAILER>\nAP-NY-10-16-98 1221EDT\n</TRAILER>\n</DOC>\n")


def page(paras):
    body = '\n'.join(f'<p>{html.escape(p)}</p>' for p in paras)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story page</title><script>var x=1;</script></head>\n'
            '<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>\n'
            f'<main><article><div class="story-body">\n{body}\n</div></article></main>\n'
            '<aside><h3>Most read</h3><ul><li><a href="/a">Chef opens new restaurant downtown</a></li></ul></aside>\n'
            '<footer><p>Copyright 2024 Example Media. All rights reserved.</p></footer></body></html>\n')


def main(dev, out):
    for cluster in sorted(glob.glob(os.path.join(dev, '*', ''))):
        name = os.path.basename(cluster.rstrip('/'))
        for shape in ('wrapped', 'indented', 'oneline', 'sgml', 'html'):
            os.makedirs(os.path.join(out, shape, name, 'docs'), exist_ok=True)
            refs = os.path.join(out, shape, name, 'refs')
            if not os.path.exists(refs):
                os.symlink(os.path.abspath(os.path.join(cluster, 'refs')), refs)
        for k, path in enumerate(sorted(glob.glob(os.path.join(cluster, 'docs', '*.txt')))):
            paras, base = paragraphs(path), os.path.basename(path)
            write = lambda shape, file, text, newline=None: open(os.path.join(out, shape, name, 'docs', file), 'w', encoding='utf-8', newline=newline).write(text)
            write('wrapped', base, '\n\n'.join(textwrap.fill(p, 72) for p in paras) + '\n')
            write('indented', base, '\r\n'.join('   ' + textwrap.fill(p, 80).replace('\n', '\r\n') for p in paras) + '\r\n', newline='')
            write('oneline', base, ' '.join(paras) + '\n')
            docno, doc = sgml(k, paras)
            write('sgml', docno, doc)
            write('html', base.replace('.txt', '.html'), page(paras))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
