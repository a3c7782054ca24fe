using System.Text;
using System.Text.RegularExpressions;

namespace Fazhi.Platform.Privacy;

/// <summary>
/// Masks natural persons' personal information in texts before they reach the portal: penalty decisions (事后公示,
/// 国办发〔2018〕118号 (六)) and the public's opinions in consultation feedback (个人信息保护法 第28条 sensitive
/// personal information). Shared by every module that publishes what people wrote. Legal persons stay visible with their
/// 统一社会信用代码, which is public by law (GB 32100-2015). Masking errs on the side of hiding: a run of digits that could
/// be an ID, phone or bank card number is masked even if its check digit is wrong.
/// </summary>
/// <remarks>
/// Texts are matched on a folded copy (full-width digits and letters, the ideographic space, zero-width characters and
/// dash variants turned into their ASCII forms, one character for one), so <c>１３８００１３８０００</c> or a name typed
/// with a space inside (欧 阳晓明) is found as reliably as the plain form; what is not masked keeps its original form.
/// The recall of this masker is measured on a corpus of decision sentences (MaskingSecurityTests).
/// </remarks>
internal static partial class PersonalInfoMasker
{
    /// <summary>Masks every personal identifier the text contains; <paramref name="knownNames"/> are names of natural persons in the case.</summary>
    public static string Mask(string text, IEnumerable<string>? knownNames = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        // Credit codes first: protect them so the digit rules below do not touch them. An 18-digit string that is a
        // valid citizen ID is an ID even when it also happens to pass the credit code check (1 in 31 do).
        var protectedCodes = new List<string>();
        var result = Replace(text, CreditCodePattern(), (m, original) =>
        {
            if (!IsValidCreditCode(m.Value) || IsValidIdNumber(m.Value))
            {
                return null;
            }

            protectedCodes.Add(original);
            return Placeholder(protectedCodes.Count - 1);
        });

        result = Replace(result, EmailPattern(), (m, _) => MaskEmail(m.Value));
        result = Replace(result, PlatePattern(), (m, original) => Slice(m, "region", original) + new string('*', m.Length - m.Groups["region"].Length));
        result = Replace(result, LabelledAccountPattern(), (m, original) => Slice(m, "label", original) + KeepLast(m.Groups["value"].Value, 2));
        result = Replace(result, BracketedLandlinePattern(), (m, _) => "(" + m.Groups["area"].Value + ")****" + m.Groups["number"].Value[^4..]);
        result = MaskDigitRuns(result);
        result = Replace(result, AddressPattern(), (m, original) => Slice(m, "keep", original) + "***");

        var names = new List<string>((knownNames ?? []).Select(Compact).Where(n => n.Length >= 2 && !n.Contains('某', StringComparison.Ordinal)));
        result = MaskNames(result, names);
        result = Replace(result, NameInWordingPattern(), (m, original) =>
        {
            var name = m.Groups["name"].Value;
            var colon = m.Groups["colon"].Success;
            // Three characters taken only because nothing marked where the name ends: trust them without a colon
            // (after 当事人： a name is always followed by punctuation), and never when an organisation's name goes on.
            var guessed = !m.Groups["ended"].Success;
            if (!LooksLikeName(colon, name) || (guessed && (colon || OrganisationGoesOn(folded: Fold(text), m.Index + m.Length))))
            {
                return null;
            }

            names.Add(Compact(name));
            return Slice(m, "lead", original) + MaskName(name);
        });

        result = Replace(result, TestimonySubjectPattern(), (m, original) =>
        {
            var name = m.Groups["name"].Value;
            if (!LooksLikeName(colon: false, name))
            {
                return null;
            }

            names.Add(Compact(name));
            return Slice(m, "lead", original) + MaskName(name);
        });

        // 证人王某、李大山: the names listed after one already masked are persons of the same kind.
        string before;
        do
        {
            before = result;
            result = Replace(result, ListedNamePattern(), (m, original) =>
            {
                var name = m.Groups["name"].Value;
                if (!LooksLikeName(colon: false, name))
                {
                    return null;
                }

                names.Add(Compact(name));
                return Slice(m, "sep", original) + MaskName(name);
            });
        }
        while (!string.Equals(before, result, StringComparison.Ordinal));

        // A name found once in the wording (证人王小红) is masked wherever else the text repeats it (王小红证实…).
        result = MaskNames(result, names);

        for (var i = 0; i < protectedCodes.Count; i++)
        {
            result = result.Replace(Placeholder(i), protectedCodes[i], StringComparison.Ordinal);
        }

        return result;
    }

    /// <summary>张三 → 张某; 欧阳小明 → 欧阳某某 (compound surnames keep two characters); spaces inside are dropped.</summary>
    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = Compact(name);
        if (name.Length == 0 || name.Contains('某', StringComparison.Ordinal))
        {
            return name;
        }

        var surnameLength = name.Length >= 3 && CompoundSurnames.Contains(name[..2]) ? 2 : 1;
        var rest = name.Length - surnameLength;
        return name[..surnameLength] + new string('某', Math.Max(1, Math.Min(rest, 2)));
    }

    /// <summary>Keeps region (first 6) and last 4 characters: 4408…1234 → 440882********1234.</summary>
    public static string MaskIdNumber(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Length <= 10 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 10) + id[^4..];
    }

    /// <summary>GB 11643-1999 check digit of an 18-digit citizen ID number.</summary>
    public static bool IsValidIdNumber(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 18)
        {
            return false;
        }

        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const string checks = "10X98765432";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return false;
            }

            sum += (id[i] - '0') * weights[i];
        }

        return char.ToUpperInvariant(id[17]) == checks[sum % 11];
    }

    /// <summary>GB 32100-2015 check character of an 18-character unified social credit code.</summary>
    public static bool IsValidCreditCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        if (code.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            sum += value * weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return code[17] == alphabet[check];
    }

    /// <summary>Builds a valid credit code from its first 17 characters (used by demo data and tests).</summary>
    public static string CompleteCreditCode(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += alphabet.IndexOf(first17[i], StringComparison.Ordinal) * weights[i];
        }

        return first17 + alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Builds a valid ID number from its first 17 digits (used by demo data and tests).</summary>
    public static string CompleteIdNumber(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const string checks = "10X98765432";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }

        return first17 + checks[sum % 11];
    }

    /// <summary>True when the text still contains something that looks like a personal identifier (used to guard the portal).</summary>
    public static bool ContainsUnmaskedIdentifier(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutCodes = CreditCodePattern().Replace(Fold(text), m => IsValidCreditCode(m.Value) && !IsValidIdNumber(m.Value) ? "" : m.Value);
        return !string.Equals(MaskDigitRuns(withoutCodes), withoutCodes, StringComparison.Ordinal);
    }

    /// <summary>
    /// The character a pattern should see: full-width ASCII (０-９, Ａ-Ｚ, ＋, －, （, ）, ：) as ASCII, every kind of space and
    /// the zero-width characters as a plain space, dash variants as '-'. One character for one, so positions match.
    /// </summary>
    internal static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u202F' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\t' => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '\uFE63' => '-',
        _ => c,
    };

    internal static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    /// <summary>
    /// Replaces the matches of <paramref name="pattern"/> found in the folded text; the evaluator gets the folded match and
    /// the original characters and returns the replacement, or null to keep the original.
    /// </summary>
    private static string Replace(string text, Regex pattern, Func<Match, string, string?> evaluator)
    {
        var folded = Fold(text);
        StringBuilder? builder = null;
        var last = 0;
        var m = pattern.Match(folded);
        while (m.Success)
        {
            var replacement = evaluator(m, text.Substring(m.Index, m.Length));
            if (replacement is null)
            {
                // Not this one (当事人陈述…): look again one character on, so a lead inside it (…之夫田勇) is still seen.
                m = m.Index + 1 < folded.Length ? pattern.Match(folded, m.Index + 1) : Match.Empty;
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, last, m.Index - last).Append(replacement);
            last = m.Index + m.Length;
            m = m.NextMatch();
        }

        return builder is null ? text : builder.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>The original characters of a group of a match made on the folded text (the same positions).</summary>
    private static string Slice(Match m, string group, string original)
    {
        var g = m.Groups[group];
        return original.Substring(g.Index - m.Index, g.Length);
    }

    private static string Placeholder(int index) => $"\uE000{(char)(0xE001 + index)}\uE000";

    private static string Compact(string name) => string.Concat(Fold(name).Where(c => c != ' ')).Trim();

    private static string KeepLast(string value, int keep) =>
        value.Length <= keep ? new string('*', value.Length) : new string('*', value.Length - keep) + value[^keep..];

    private static string MaskEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email[..1] + "***" + email[at..];
    }

    /// <summary>Every known name, in any spacing (欧 阳晓明), longest first, becomes 欧阳某某.</summary>
    private static string MaskNames(string text, List<string> names)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ToList();
        if (distinct.Count == 0)
        {
            return text;
        }

        // One alternation, longest name first, so 欧阳晓明 is not cut short by a shorter name it contains.
        var alternation = string.Join("|", distinct.Select(name => string.Join(" ?", name.Select(c => Regex.Escape(c.ToString())))));
        var pattern = new Regex(alternation, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        return Replace(text, pattern, (m, _) => MaskName(m.Value));
    }

    /// <summary>
    /// Runs of digits, possibly grouped by single spaces or hyphens (138 0013 8000, 0763-7781234, +86 138…), classified
    /// by length and prefix: citizen ID, mobile (with or without +86), landline, bank card; a short number after a phone
    /// label. A run that is no such number as a whole (a date 2022-05-01 next to a phone) is tried group by group.
    /// </summary>
    private static string MaskDigitRuns(string text) => Replace(text, DigitRunPattern(), (m, _) =>
    {
        var groups = m.Groups["group"].Captures.Select(c => c.Value).ToList();
        var plus = m.Groups["plus"].Success;
        var x = m.Groups["x"].Value;
        var labelled = PhoneLabelPattern().IsMatch(Fold(text[Math.Max(0, m.Index - 16)..m.Index]));
        if (Classify(groups, plus, x, labelled) is { } whole)
        {
            return whole;
        }

        if (groups.Count == 1)
        {
            return null;
        }

        // Group by group: keep the separators, mask the groups that are numbers on their own.
        var captures = m.Groups["group"].Captures;
        var separators = Enumerable.Range(0, captures.Count - 1)
            .Select(i => m.Value.Substring(captures[i].Index + captures[i].Length - m.Index, captures[i + 1].Index - captures[i].Index - captures[i].Length))
            .ToList();
        var builder = new StringBuilder(plus ? "+" : "");
        var changed = false;
        for (var i = 0; i < groups.Count; i++)
        {
            var last = i == groups.Count - 1;
            var part = Classify([groups[i]], false, last ? x : "", labelled && i == 0);
            changed |= part is not null;
            builder.Append(part ?? groups[i] + (last ? x : ""));
            if (!last)
            {
                builder.Append(separators[i]);
            }
        }

        return changed ? builder.ToString() : null;
    });

    private static string? Classify(List<string> groups, bool plus, string x, bool labelled)
    {
        var digits = string.Concat(groups);
        // Grouping as people write numbers: groups of 3 or more, except a leading 86 (+86 138 …) and a short last group
        // after at least three full ones (4418 2319 7902 2866 38).
        var grouped = groups.Count == 1 || groups.Select((g, i) => g.Length >= 3 || (i == 0 && g is "86") || (i == groups.Count - 1 && i >= 3)).All(ok => ok);
        if (!grouped)
        {
            return null;
        }

        if (x.Length > 0)
        {
            return digits.Length == 17 ? MaskIdNumber(digits + x) : null;
        }

        var mobile = MobileDigitsPattern().Match(digits);
        if (mobile.Success)
        {
            var number = mobile.Groups["number"].Value;
            return (plus ? "+" : "") + mobile.Groups["country"].Value + number[..3] + "****" + number[^4..];
        }

        if (digits.Length is 18 or 15 && digits[0] != '0')
        {
            return MaskIdNumber(digits);
        }

        if (digits[0] == '0' && digits.Length is >= 10 and <= 16 && digits[1] != '0')
        {
            // Area code: the first group when written apart (0763-…), else 3 digits for 010 and 02x, 4 for the rest.
            var area = groups.Count > 1 && groups[0].Length is 3 or 4 ? groups[0] : digits[..(digits[1] is '1' or '2' ? 3 : 4)];
            return area + "-****" + digits[^4..];
        }

        if (digits.Length is >= 16 and <= 19)
        {
            return digits[..4] + new string('*', digits.Length - 8) + digits[^4..];
        }

        return labelled && digits.Length is >= 7 and <= 12 ? new string('*', digits.Length - 4) + digits[^4..] : null;
    }

    /// <summary>
    /// After a colon (当事人：) whatever follows is a name. Without one (当事人占道经营，当事人未经许可在…, 证人证实) the words may
    /// be the act itself, so a name must start with a common surname and not be an everyday word (陈述, 管理, 应当).
    /// </summary>
    private static bool LooksLikeName(bool colon, string name)
    {
        var compact = Compact(name);
        if (compact.Length < 2 || compact.Contains('某', StringComparison.Ordinal))
        {
            return false;
        }

        if (colon)
        {
            return true;
        }

        if (PlaceEndings.Contains(compact[^1]))
        {
            return false;
        }

        var surnameKnown = CommonSurnames.Contains(compact[0]) || (compact.Length >= 3 && CompoundSurnames.Contains(compact[..2]));
        return surnameKnown && !NotNames.Contains(compact[..2]);
    }

    /// <summary>True when the clause after <paramref name="index"/> names an organisation (…小江运输有限公司, …砂场).</summary>
    private static bool OrganisationGoesOn(string folded, int index)
    {
        var end = folded.IndexOfAny(ClauseEnds, index);
        var clause = folded[index..(end < 0 ? folded.Length : end)];
        return OrganisationSuffixPattern().IsMatch(clause);
    }

    private static readonly char[] ClauseEnds = ['，', ',', '。', '；', ';', '：', ':', '(', '、', ' '];

    // Names never end in a place, organisation or role word: 阳山县, 江口村, 信访人, 工作人员.
    private const string PlaceEndings = "县市镇乡村区省州街路组人员者方等";

    [GeneratedRegex("(?:公司|厂|场|店|馆|中心|合作社|酒家|酒店|商行|商店|门市|部|站|所|院|委员会|学校|协会|集团|工作室|经营部|超市)$")]
    private static partial Regex OrganisationSuffixPattern();

    // Common single-character surnames, less those that are also everyday words after 当事人 (于, 由, 向, 和, 时, 来).
    private const string CommonSurnames =
        "王李张刘陈杨黄赖洪欧丘凤赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭";

    private static readonly HashSet<string> CompoundSurnames =
        ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫"];

    // Everyday words that begin with a surname character and follow 当事人/证人/妻子 in decision wording: never names.
    private static readonly HashSet<string> NotNames =
    [
        "陈述", "陈列", "施工", "施放", "车辆", "车主", "房屋", "房东", "管理", "管道", "关于", "关闭", "关系", "应当", "应予", "包括", "包装",
        "相关", "相邻", "申请", "申辩", "强行", "强制", "全部", "全体", "常年", "成立", "成年", "安装", "安全", "路边", "路口", "路段", "路面",
        "江边", "石料", "石材", "沙土", "沙石", "万元", "余款", "余额", "任何", "任意", "范围", "金额", "方式", "方面", "白天", "钱款", "严重",
        "文件", "易燃", "尚未", "符合", "解除", "简易", "查处", "查获", "封堵", "谈话", "储存", "盖章", "明知", "明确", "高度", "高于", "曾经",
        "曾于", "曾在", "原有", "原因", "原址", "许可", "付款", "付清", "夏季", "陆续", "顾及", "平时", "平方", "黄色", "林地", "林木", "田地",
        "田间", "程序", "杜绝", "叶片", "胡乱", "罗列", "谢绝", "董事", "段落", "黎明", "齐全", "利用", "利益", "公司", "公共", "公安", "公路",
        "居住", "居民", "但是", "计划", "危及", "危害", "位于", "宣称", "单位", "单独", "门前", "门口", "门面", "商铺", "商户", "商品", "农户",
        "农田", "南侧", "信息", "展示", "修建", "修缮", "都是", "都已", "支付", "初次", "费用", "卫生", "连续", "连同", "项目", "党员", "景区",
        "文明", "左侧", "边上", "银行", "满足", "普通", "权利", "区域", "容许", "富余", "海鲜", "花木", "云南", "国家", "国有", "马路", "同时",
        "王某", "当场", "当日", "当天", "当时", "经营", "于是", "孙子", "米长", "钟点", "金属", "石头", "华侨", "武装", "温度", "康复", "邻居",
        "严加", "严格", "严禁", "查询", "查明", "查看", "查封", "查验", "查阅", "平等", "权限", "权益", "信访", "管辖", "申报", "申诉", "宣告",
        "成本", "成员", "安排", "安置", "万一", "程度", "方可", "白白", "江河", "海上", "何种", "高效", "明显", "齐备", "常住", "常驻", "全额",
    ];

    // 18 characters, digits and upper-case letters except I, O, S, V, Z (matched on the folded text).
    [GeneratedRegex(@"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")]
    private static partial Regex CreditCodePattern();

    // Digits in groups separated by one space or hyphen; a leading '+' (+86) and a trailing X (ID check digit) kept apart.
    [GeneratedRegex(@"(?<![0-9A-Za-z.@\uE000-\uF8FF])(?<plus>\+ ?)?(?<group>\d+)(?:[ -](?<group>\d+))*(?<x>[Xx])?(?![0-9A-Za-z@])")]
    private static partial Regex DigitRunPattern();

    [GeneratedRegex(@"^(?<country>0086|86)?(?<number>1[3-9]\d{9})$")]
    private static partial Regex MobileDigitsPattern();

    // A phone label right before a number: 电话：7781234, 联系方式 7781234, Tel: …
    [GeneratedRegex(@"(?:电话|手机|座机|联系方式|号码|电话号码|Tel|TEL|tel|Phone)\s*(?:号码)?\s*(?:为|是)?\s*[:：]?\s*$")]
    private static partial Regex PhoneLabelPattern();

    // (0763)7781234, （0763）778 1234 (folded brackets).
    [GeneratedRegex(@"\((?<area>0\d{2,3})\) ?(?<number>\d{3,4}[ -]?\d{4})(?!\d)")]
    private static partial Regex BracketedLandlinePattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // 粤R·12345, 粤R12345D: province, issuing letter, then five or six characters.
    [GeneratedRegex(@"(?<region>[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z])[·•. ]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])")]
    private static partial Regex PlatePattern();

    // 微信号：zhangsan1988, QQ：12345678 — accounts that identify a person.
    [GeneratedRegex(@"(?<label>(?:微信号?|QQ号?|qq号?)\s*[:：]?\s*)(?<value>[A-Za-z0-9_-]{5,20})")]
    private static partial Regex LabelledAccountPattern();

    // A residential address after a label or verb (住址/住所/家住/现住/户籍地/居住于): keep up to the village or street, hide the rest.
    [GeneratedRegex(@"(?<keep>(?<!公司|单位|企业|机构|经营)(?:住址|住所|家庭住址|家住|现住|现住址|户籍地|户籍所在地|居住地|居住于)[:：为在]?\s*[^\s，,。；;、]*?(?:村|社区|街道|镇|乡|路|街))(?<hidden>[^，,。；;\s]+)")]
    private static partial Regex AddressPattern();

    // Names in the usual decision wording. The party: 当事人：张三 / 当事人张三 / 被处罚人 / 违法行为人; with a colon only
    // 申请人, 负责人, 经营者, 法定代表人 (public for companies, but a natural person's name, so masked too). Third parties,
    // whose names are not in the case record: witnesses, relatives, reporters, agents, employees, neighbours.
    // A name is a surname (a compound one: 欧阳) and one or two characters, a space inside allowed (欧 阳晓明): the
    // shortest such name after which the wording goes on (于, 在, 称, 证实 …), else three characters.
    private const string NameLeads =
        @"当事人|被处罚人|违法行为人|证人|见证人|在场人员?|举报人|投诉人|报案人|控告人|受害人|被害人|被侵害人|委托代理人|法定代理人|代理人|监护人"
        + @"|其妻子|其丈夫|妻子|丈夫|配偶|其妻|其夫|之妻|之夫|其子|其女|儿子|女儿|儿媳|女婿|父亲|母亲|哥哥|弟弟|姐姐|妹妹|岳父|岳母|公公|婆婆|祖父|祖母|爷爷|奶奶|外公|外婆|伯父|叔叔|舅舅|姑姑|侄子|外甥|亲属|家属|邻居|村民"
        + @"|雇员|员工|店员|帮工|工人|驾驶员|驾驶人|司机|出租人|承租人|合伙人|实际经营人|联系人|陪同人员?";

    private const string ColonLeads = @"行为人|申请人|被申请人|负责人|经营者|户主|业主|法定代表人|姓名";

    private const string Name =
        @"(?:(?:欧 ?阳|司 ?马|上 ?官|诸 ?葛|东 ?方|皇 ?甫|尉 ?迟|公 ?孙|慕 ?容|长 ?孙|宇 ?文|司 ?徒|夏 ?侯|令 ?狐|端 ?木|西 ?门|南 ?宫)(?: ?[\u4e00-\u9fa5]){1,2}?"
        + @"|[\u4e00-\u9fa5](?: ?[\u4e00-\u9fa5]){1,2}?)";

    private const string ThreeCharacterName = @"[\u4e00-\u9fa5] ?[\u4e00-\u9fa5] ?[\u4e00-\u9fa5]";

    private const string WordingGoesOn =
        @"(?=[，,。；;:：（()、\s]|男|女|于|在|系|因|户|身份|住|出生|年|等|与|和|及|的|对|向|将|已|也|均|亦|称|说|证实|证明|陈述|反映|作证|供述"
        + @"|出具|签|到场|在场|确认|表示|是|为|现|家|携|持|驾驶|经营|未|无|拒|不|擅自|同意|承认|指认|辨认|提供|要求|报警|举报|投诉|所|当场|一同|一起"
        + @"|二人|两人|三人|等人|联名|共同|代为|代|先后|曾|多次|每|自|从|以|把|被|让|带|领|帮|替|受|雇|负责|承包|租|占|堆|搭|建|挖|烧|倒|卖|摆|捕|砍|养|开|运|$)";

    [GeneratedRegex(@"(?<lead>(?:(?:" + NameLeads + @")(?:(?<colon>[:：])|为|是)?|(?:" + ColonLeads + @")(?<colon>[:：]))\s*)(?<name>" + Name + @"(?<ended>" + WordingGoesOn + @")|" + ThreeCharacterName + @")")]
    private static partial Regex NameInWordingPattern();

    // A name opening a sentence or clause whose verb is testimony: 任小东证实，… / 。王小红称…
    [GeneratedRegex(@"(?<lead>(?:^|[。；;，,]) ?)(?<name>" + Name + @")(?=证实|证明|称|陈述|供述|作证|反映)")]
    private static partial Regex TestimonySubjectPattern();

    // A further name in a list after a masked one: 证人王某某、李大山 / 张某和李四.
    [GeneratedRegex(@"(?<=某)(?<sep>[、和及与] ?)(?<name>" + Name + ")" + WordingGoesOn)]
    private static partial Regex ListedNamePattern();
}
