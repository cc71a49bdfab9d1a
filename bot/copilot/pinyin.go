package copilot

import (
	"strings"
	"unicode"
)

// A small pinyin table, toneless. It is a fallback, not the main path: the
// book's Customer.NameEn ("Zhang Wei") is what "zhang wei" and "ZhangWei"
// are matched against. The table is used
//   - to spell a Han name whose customer has no NameEn (every character of
//     the name must be in the table, or the name gets no pinyin key), and
//   - to read a Chinese title for a customer with a Latin name ("陈女士" for
//     Emily Chen), through the surnames.
//
// It covers the hundred or so most common surnames and the given-name
// characters most used in mainland names. No module in go.mod provides
// pinyin; add one (e.g. mozillazg/go-pinyin) if the book's names need more.
var surnamePinyin = map[string]string{
	"王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang", "赵": "zhao",
	"吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu", "胡": "hu", "郭": "guo", "何": "he",
	"林": "lin", "高": "gao", "罗": "luo", "郑": "zheng", "梁": "liang", "谢": "xie", "宋": "song", "唐": "tang",
	"许": "xu", "韩": "han", "冯": "feng", "邓": "deng", "曹": "cao", "彭": "peng", "曾": "zeng", "肖": "xiao",
	"田": "tian", "董": "dong", "袁": "yuan", "潘": "pan", "于": "yu", "蒋": "jiang", "蔡": "cai", "余": "yu",
	"杜": "du", "叶": "ye", "程": "cheng", "苏": "su", "魏": "wei", "吕": "lv", "丁": "ding", "任": "ren",
	"沈": "shen", "姚": "yao", "卢": "lu", "姜": "jiang", "崔": "cui", "钟": "zhong", "谭": "tan", "陆": "lu",
	"汪": "wang", "范": "fan", "金": "jin", "石": "shi", "廖": "liao", "贾": "jia", "夏": "xia", "韦": "wei",
	"付": "fu", "方": "fang", "白": "bai", "邹": "zou", "孟": "meng", "熊": "xiong", "秦": "qin", "邱": "qiu",
	"江": "jiang", "尹": "yin", "薛": "xue", "闫": "yan", "段": "duan", "雷": "lei", "侯": "hou", "龙": "long",
	"史": "shi", "陶": "tao", "黎": "li", "贺": "he", "顾": "gu", "毛": "mao", "郝": "hao", "龚": "gong",
	"邵": "shao", "万": "wan", "钱": "qian", "严": "yan", "覃": "qin", "武": "wu", "戴": "dai", "莫": "mo",
	"孔": "kong", "向": "xiang", "汤": "tang", "常": "chang", "温": "wen", "康": "kang", "施": "shi", "文": "wen",
	"牛": "niu", "樊": "fan", "葛": "ge", "邢": "xing", "安": "an", "齐": "qi", "易": "yi", "乔": "qiao",
	"伍": "wu", "庞": "pang", "颜": "yan", "倪": "ni", "庄": "zhuang", "聂": "nie", "章": "zhang", "鲁": "lu",
	"岳": "yue", "翟": "zhai", "殷": "yin", "詹": "zhan", "申": "shen", "欧阳": "ouyang", "耿": "geng",
	"关": "guan", "兰": "lan", "焦": "jiao", "俞": "yu", "左": "zuo", "柳": "liu", "甘": "gan", "祝": "zhu",
	"包": "bao", "宁": "ning", "尚": "shang", "符": "fu", "舒": "shu", "阮": "ruan", "柯": "ke", "纪": "ji",
	"梅": "mei", "童": "tong", "凌": "ling", "毕": "bi", "单": "shan", "季": "ji", "裴": "pei", "霍": "huo",
	"涂": "tu", "成": "cheng", "苗": "miao", "谷": "gu", "盛": "sheng", "曲": "qu", "翁": "weng", "冉": "ran",
	"骆": "luo", "蓝": "lan", "路": "lu", "游": "you", "辛": "xin", "靳": "jin", "管": "guan", "柴": "chai",
	"司马": "sima", "上官": "shangguan", "诸葛": "zhuge", "东方": "dongfang", "皇甫": "huangfu", "尉迟": "yuchi",
	"公孙": "gongsun", "慕容": "murong", "长孙": "zhangsun", "宇文": "yuwen", "司徒": "situ", "夏侯": "xiahou", "令狐": "linghu",
}

// givenPinyin spells common given-name characters.
var givenPinyin = map[string]string{
	"伟": "wei", "娜": "na", "强": "qiang", "芳": "fang", "敏": "min", "静": "jing", "丽": "li", "军": "jun",
	"磊": "lei", "洋": "yang", "勇": "yong", "艳": "yan", "杰": "jie", "涛": "tao", "明": "ming", "超": "chao",
	"秀": "xiu", "霞": "xia", "平": "ping", "刚": "gang", "桂": "gui", "英": "ying", "华": "hua", "红": "hong",
	"文": "wen", "辉": "hui", "建": "jian", "玲": "ling", "鹏": "peng", "飞": "fei", "斌": "bin", "宇": "yu",
	"浩": "hao", "凯": "kai", "健": "jian", "俊": "jun", "帆": "fan", "琳": "lin", "婷": "ting", "雪": "xue",
	"欣": "xin", "梅": "mei", "燕": "yan", "鑫": "xin", "波": "bo", "晨": "chen", "阳": "yang", "峰": "feng",
	"林": "lin", "颖": "ying", "慧": "hui", "佳": "jia", "志": "zhi", "国": "guo", "海": "hai", "云": "yun",
	"萍": "ping", "莉": "li", "倩": "qian", "丹": "dan", "亮": "liang", "宁": "ning", "龙": "long", "成": "cheng",
	"东": "dong", "兰": "lan", "凤": "feng", "玉": "yu", "春": "chun", "金": "jin", "荣": "rong", "新": "xin",
	"德": "de", "博": "bo", "晓": "xiao", "子": "zi", "梓": "zi", "涵": "han", "轩": "xuan",
	"睿": "rui", "雨": "yu", "思": "si", "嘉": "jia", "琪": "qi", "怡": "yi", "瑶": "yao", "悦": "yue",
	"欢": "huan", "乐": "le", "天": "tian", "一": "yi", "航": "hang", "泽": "ze", "晗": "han", "诗": "shi",
	"琦": "qi", "彬": "bin", "瑞": "rui", "鸿": "hong", "勤": "qin", "美": "mei", "珍": "zhen", "淑": "shu",
	"秋": "qiu", "冬": "dong", "正": "zheng", "清": "qing", "永": "yong", "生": "sheng", "力": "li", "毅": "yi",
}

// compoundSurnames are the two-character surnames in the table.
func compoundSurname(name string) string {
	rs := []rune(name)
	if len(rs) >= 3 {
		if _, ok := surnamePinyin[string(rs[:2])]; ok {
			return string(rs[:2])
		}
	}
	if len(rs) >= 1 {
		return string(rs[:1])
	}
	return ""
}

// pinyinOf spells a Han name, surname first, or returns nil when a
// character is not in the table.
func pinyinOf(name string) []string {
	sur := compoundSurname(name)
	p, ok := surnamePinyin[sur]
	if !ok {
		return nil
	}
	words := []string{p}
	given := ""
	for _, r := range strings.TrimPrefix(name, sur) {
		g, ok := givenPinyin[string(r)]
		if !ok {
			if g, ok = surnamePinyin[string(r)]; !ok {
				return nil
			}
		}
		given += g
	}
	if given != "" {
		words = append(words, given)
	}
	return words
}

// hanSurnamesFor lists the Han surnames spelled p ("chen" → 陈).
func hanSurnamesFor(p string) []string {
	var out []string
	for h, q := range surnamePinyin {
		if q == p {
			out = append(out, h)
		}
	}
	return out
}

// toneless folds pinyin tone marks and ü to plain letters: "zhāng wěi" →
// "zhang wei", "lǚ" → "lv".
func toneless(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := toneFold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var toneFold = map[rune]string{
	'ā': "a", 'á': "a", 'ǎ': "a", 'à': "a", 'ē': "e", 'é': "e", 'ě': "e", 'è': "e",
	'ī': "i", 'í': "i", 'ǐ': "i", 'ì': "i", 'ō': "o", 'ó': "o", 'ǒ': "o", 'ò': "o",
	'ū': "u", 'ú': "u", 'ǔ': "u", 'ù': "u", 'ǖ': "v", 'ǘ': "v", 'ǚ': "v", 'ǜ': "v", 'ü': "v",
	'Ā': "a", 'Á': "a", 'Ǎ': "a", 'À': "a", 'Ē': "e", 'É': "e", 'Ě': "e", 'È': "e",
	'Ī': "i", 'Í': "i", 'Ǐ': "i", 'Ì': "i", 'Ō': "o", 'Ó': "o", 'Ǒ': "o", 'Ò': "o",
	'Ū': "u", 'Ú': "u", 'Ǔ': "u", 'Ù': "u", 'Ü': "v", 'ń': "n", 'ň': "n", 'ǹ': "n",
}

// latinWords splits text into lowercase words of letters, tone marks folded
// and tone numbers dropped ("Zhang1 Wei3" → zhang, wei; "ZhangWei" → zhangwei).
func latinWords(s string) []string {
	s = strings.ToLower(toneless(s))
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	prevLetter := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			cur.WriteRune(r)
			prevLetter = true
		case r >= '1' && r <= '5' && prevLetter:
			// a tone number: ends the syllable, not the word
			prevLetter = false
		default:
			flush()
			prevLetter = false
		}
	}
	flush()
	return words
}

// hasHan reports whether s has a Han character.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
