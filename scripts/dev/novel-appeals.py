# Dev helper (reads shared data; never run by tests): writes a copy of appeals-html-dev whose appeals are reworded with
# the wordings in novel-appeals.json (written for the inset rules, none in the catalog), in the same boxes, with the
# truth's appeal texts changed to match, to measure appeals in wordings no rule lists:
#   python3 scripts/dev/novel-appeals.py scripts/dev/novel-appeals.json SEED OUT.jsonl.gz [--half-without-button]
# then run.mjs / score.mjs on OUT as on any corpus. SEED picks which wording each appeal gets (A and B in CHANGELOG).
import json,gzip,re,sys,html as H,hashlib
novel=json.load(open(sys.argv[1])); seed=sys.argv[2]; out=sys.argv[3]; half='--half-without-button' in sys.argv
src=[json.loads(l) for l in gzip.open('/work/shared/data/appeals-html-dev.jsonl.gz')]
def enc(s): return H.escape(s,quote=False).replace("'","&#x27;")
def f3(s): return ' '.join(s.split()[:3])
n=0;bad=0
with gzip.open(out,'wt') as f:
  for c in src:
    h=c['input']; apps=[]
    for ai,a in enumerate(c['truth']['appeals']):
        i=-1
        for t in [a['text'].replace("'","&#x27;"), enc(a['text']), a['text']]:
            i=h.find(t)
            if i>=0: break
        if i<0: bad+=1; apps.append(a); continue
        lst=novel[a['category']]; k=int(hashlib.md5(f"{seed}{c['id']}{ai}".encode()).hexdigest(),16)%len(lst)
        body,cta=lst[k].split('|')
        btn=cta
        if half and (k + len(c['id'])) % 2 == 0: cta=''
        j=h.rfind('<p',0,i)
        # section template
        pre=h[j:i]
        end=i+len(t)
        m=re.match(r'<p><strong>.*?</strong>\s*$',pre,re.S)
        wrap=re.search(r'<h3>[^<]*</h3>$',h[:j])
        if m:
            h=h[:j]+'<p><strong>'+enc(f3(body))+'</strong> '+enc(body+(' '+cta if cta else ''))+h[end:]
            text=body+(' '+cta if cta else '')
        elif wrap:
            after=h[end:]
            mb=re.match(r'(</p>\s*<a [^>]*class="btn">)([^<]*)(</a>)',after)
            if mb:
                h=h[:wrap.start()]+'<h3>'+enc(f3(body))+'</h3>'+h[j:i]+enc(body)+mb.group(1)+enc(btn)+mb.group(3)+after[mb.end():]
            else:
                h=h[:wrap.start()]+'<h3>'+enc(f3(body))+'</h3>'+h[j:i]+enc(body+' '+btn)+after
            # (a box with a heading keeps its button in every draw)
            text=body+' '+btn
        else:
            h=h[:i]+enc(body+(' '+cta if cta else ''))+h[end:]
            text=body+(' '+cta if cta else '')
        apps.append({**a,'text':text}); n+=1
    c2=dict(c); c2['input']=h; c2['truth']=dict(c['truth']); c2['truth']['appeals']=apps
    f.write(json.dumps(c2)+'\n')
print('replaced',n,'missing',bad)
