<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticlesView</name>
    <message>
        <location filename="../../ui/library/ArticlesView.ui" line="+17"/>
        <source>Filter by title, publisher or file…</source>
        <translation>按标题、发布方或文件筛选…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The order of the list</source>
        <translation>列表的排列顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most statements</source>
        <translation>言论最多</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or hide the filters by publisher, speaker, organization and date</source>
        <translation>显示或隐藏按发布方、发言人、组织和日期的筛选条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Publisher:</source>
        <translation>发布方(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Speaker:</source>
        <translation>发言人(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Organization:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../../src/app/common/DisplayNames.cpp" line="+21"/>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>misc</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>direct</source>
        <translation>直接引述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixed</source>
        <translation>混合引述</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>indirect</source>
        <translation>间接引述</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assertion</source>
        <translation>断言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accusation</source>
        <translation>指责</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denial</source>
        <translation>否认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>statistic</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set</source>
        <translation>周期</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../ui/export/DossierDialog.ui" line="+9"/>
        <source>Export Dossier</source>
        <translation>导出档案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statements of one speaker, in date order, with their sources.</source>
        <translation>一位发言人的全部言论，按日期排列，并附出处。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Speaker:</source>
        <translation>发言人(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name, alias or role…</source>
        <translation>输入姓名、别名或职务…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ExtractionDetails</name>
    <message>
        <location filename="../../src/app/reader/ExtractionDetails.cpp" line="+86"/>
        <location line="+57"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affiliation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Statements</source>
        <translation>言论</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statements about it</source>
        <translation>关于该实体的言论</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>(unnamed source)</source>
        <translation>（未具名的消息来源）</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>As written</source>
        <translation>原文写法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker from</source>
        <translation>发言人依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue</source>
        <translation>引语动词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>引述方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>主张</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Value</source>
        <translation>规范值</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../src/app/reader/Highlights.cpp" line="+30"/>
        <source>Statement</source>
        <translation>言论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ImportStatusWidget</name>
    <message>
        <location filename="../../ui/library/ImportStatusWidget.ui" line="+12"/>
        <source>Looking for articles…</source>
        <translation>正在查找文章…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop importing; the articles already stored stay in the library</source>
        <translation>停止导入；已存入的文章仍保留在资料库中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+6"/>
        <source>Sayline</source>
        <translation>Sayline</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Speaker</source>
        <translation>发言人(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In This Article</source>
        <translation>本文内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a highlight in the article, or a row in the side panel, to see what was extracted.</source>
        <translation>点击文章中的高亮内容或侧栏中的一行，即可查看提取出的信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statements</source>
        <translation>言论</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open article files: text, Markdown, HTML, MHTML, feeds, NITF, NewsML</source>
        <translation>打开文章文件：纯文本、Markdown、HTML、MHTML、订阅源、NITF、NewsML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Folder…</source>
        <translation>导入文件夹(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every article file in a folder and its subfolders into the library</source>
        <translation>将文件夹及其子文件夹中的所有文章文件导入资料库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Team Archive…</source>
        <translation>打开团队资料库(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a library shared by a desk on a PostgreSQL server</source>
        <translation>打开编辑部在 PostgreSQL 服务器上共享的资料库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Personal Library</source>
        <translation>打开个人资料库(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back from the team archive to the library on this computer</source>
        <translation>从团队资料库回到本机上的资料库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Summary…</source>
        <translation>导出摘要(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an annotated summary of the article being read as Markdown, HTML, PDF, JSON or CSV</source>
        <translation>将正在阅读的文章导出为带标注的摘要（Markdown、HTML、PDF、JSON 或 CSV）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Summary of the &amp;Library…</source>
        <translation>导出资料库摘要(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an annotated summary of every article in the library</source>
        <translation>为资料库中的每篇文章导出带标注的摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Article</source>
        <translation>关闭文章(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading this article (it stays in the library)</source>
        <translation>停止阅读这篇文章（文章仍保留在资料库中）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last correction</source>
        <translation>撤销上一次更正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the correction just undone</source>
        <translation>重做刚刚撤销的更正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search &amp;Statements…</source>
        <translation>搜索言论(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the statements of the whole library by speaker and words</source>
        <translation>按发言人和词语搜索整个资料库中的言论</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reassign Speaker…</source>
        <translation>重新指定发言人(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected statement to another person or organization</source>
        <translation>将所选言论归于另一个人物或组织</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Statement</source>
        <translation>删除言论(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a false statement from the library (kept deleted across re-analysis)</source>
        <translation>从资料库中删除一条错误的言论（重新分析后仍保持删除）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected speaker or entity and another are the same (“Wang”, “Wang Wenbin”): make them one across the library</source>
        <translation>所选发言人或实体与另一个是同一对象（如“Wang”与“Wang Wenbin”）：在整个资料库中将两者合并</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F2</source>
        <translation>Shift+F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected speaker or entity another name across the library</source>
        <translation>在整个资料库中为所选发言人或实体更改名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Separate in This Article</source>
        <translation>在本文中拆分(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the article being read, the selected name is someone else: give it an entity of its own (for a wrong merge, across languages too)</source>
        <translation>在正在阅读的文章中，所选名称指的是另一个对象：为其单独建立实体（用于纠正错误的合并，跨语言的合并也适用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Articles</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the library’s articles</source>
        <translation>显示资料库中的文章</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;peakers</source>
        <translation>发言人(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every speaker in the library</source>
        <translation>显示资料库中的所有发言人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Highlight &amp;Legend</source>
        <translation>高亮图例(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt Article</source>
        <translation>下一篇文章(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious Article</source>
        <translation>上一篇文章(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Statements of This Speaker</source>
        <translation>该发言人的言论(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every statement of the selected speaker in the library, with a timeline</source>
        <translation>显示所选发言人在资料库中的全部言论及其时间线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Dossier…</source>
        <translation>导出档案(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write all statements of one speaker, in date order with sources</source>
        <translation>导出一位发言人的全部言论，按日期排列并附出处</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the system&apos;s language when Sayline starts</source>
        <translation>Sayline 启动时使用系统语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use English when Sayline starts</source>
        <translation>Sayline 启动时使用英语</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use Simplified Chinese when Sayline starts</source>
        <translation>Sayline 启动时使用简体中文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put every panel back where it starts, sized for the window</source>
        <translation>将所有面板恢复到初始位置，并按窗口大小调整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Sayline</source>
        <translation>关于 Sayline(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/app/help/AboutText.cpp" line="+12"/>
        <source>&lt;h3&gt;Sayline %1&lt;/h3&gt;&lt;p&gt;A news-analysis reader: who said what, about whom, and when.&lt;/p&gt;&lt;p&gt;Sayline works fully offline; nothing an article contains makes it touch the network.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Trained models.&lt;/b&gt; The entity tagger was trained on named-entity data derived from the Georgetown University Multilayer corpus (GUM, Zeldes 2017; annotations CC BY 4.0, texts from Wikinews CC BY 2.5, Wikipedia and Wikivoyage contributors CC BY-SA 3.0, and CC BY 4.0 academic articles); Wikigold (Balasuriya, Ringland, Nothman, Murphy and Curran 2009, CC BY 4.0, text from Wikipedia contributors, CC BY-SA 3.0); and re3d by Aleph Insights and Committed Software for the UK Defence Science and Technology Laboratory (Dstl), containing public sector information licensed under the Open Government Licence v3.0, material from the Australian Department of Foreign Affairs and Trade (CC BY 3.0 AU), Wikipedia contributors (CC BY-SA 3.0), US CENTCOM and US State Department (public domain) and the EEAS (reuse authorised, source acknowledged).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sayline %1&lt;/h3&gt;&lt;p&gt;新闻分析阅读器：谁说了什么、关于谁、何时说的。&lt;/p&gt;&lt;p&gt;Sayline 完全离线工作；文章的任何内容都不会使其访问网络。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;&lt;p&gt;&lt;b&gt;训练模型。&lt;/b&gt;实体标注器的训练数据来自乔治城大学多层语料库（GUM，Zeldes 2017；标注 CC BY 4.0，文本来自 Wikinews CC BY 2.5、Wikipedia 与 Wikivoyage 贡献者 CC BY-SA 3.0，以及 CC BY 4.0 学术文章）；Wikigold（Balasuriya、Ringland、Nothman、Murphy 与 Curran 2009，CC BY 4.0，文本来自 Wikipedia 贡献者，CC BY-SA 3.0）；以及 Aleph Insights 与 Committed Software 为英国国防科学技术实验室（Dstl）制作的 re3d，其中包含依据开放政府许可证 v3.0 授权的公共部门信息、澳大利亚外交贸易部的材料（CC BY 3.0 AU）、Wikipedia 贡献者（CC BY-SA 3.0）、美国中央司令部与美国国务院（公有领域）以及欧洲对外行动署（允许再利用，须注明来源）的材料。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/corrections/MergeDialog.ui" line="+9"/>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which entity is this the same as?</source>
        <translation>它与哪个实体是同一对象？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a name, alias or role…</source>
        <translation>输入姓名、别名或职务…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Its statements, names and mentions move to the one you choose, in every article. Undo (Ctrl+Z) takes it back.</source>
        <translation>它在所有文章中的言论、名称和提及都将转移到您选择的实体。撤销（Ctrl+Z）可以恢复。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/corrections/ReassignDialog.ui" line="+9"/>
        <source>Reassign Speaker</source>
        <translation>重新指定发言人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who said this?</source>
        <translation>这是谁说的？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People and organizations in this article:</source>
        <translation>本文中的人物和组织：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Or someone else in the &amp;library:</source>
        <translation>或资料库中的其他人(&amp;L)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, alias or role…</source>
        <translation>输入姓名、别名或职务…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.ui" line="+9"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../ui/speakers/SidePanel.ui" line="+17"/>
        <source>Filter speakers, statements, names, dates…</source>
        <translation>筛选发言人、言论、名称、日期…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the panel lists (the tabs, when they do not fit)</source>
        <translation>面板列出的内容（标签页放不下时使用）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who speaks in this article, with their statements</source>
        <translation>本文中的发言人及其言论</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations named in this article</source>
        <translation>本文提到的组织</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>People &amp;&amp; places</source>
        <translation>人物和地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People, places and other names in this article</source>
        <translation>本文中的人物、地点和其他名称</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates this article refers to</source>
        <translation>本文提到的日期</translation>
    </message>
</context>
<context>
    <name>SpeakersView</name>
    <message>
        <location filename="../../ui/speakers/SpeakersView.ui" line="+17"/>
        <source>Filter by name, alias or role…</source>
        <translation>按姓名、别名或职务筛选…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The order of the list</source>
        <translation>列表的排列顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most statements</source>
        <translation>言论最多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke most recently</source>
        <translation>最近发言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke first</source>
        <translation>最早发言</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../ui/search/StatementsPanel.ui" line="+19"/>
        <source>A name, alias or role, or the start of one of its words (“spokes”); pick from the list to search one speaker</source>
        <translation>姓名、别名或职务，或其中某个词的开头（如“spokes”）；从列表中选择即可只搜索一位发言人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker: name, alias or role</source>
        <translation>发言人：姓名、别名或职务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Words in the statement: all must occur; &quot;quoted phrase&quot;, OR, NOT, prefix*</source>
        <translation>言论中的词语：须全部出现；可用 &quot;带引号的短语&quot;、OR、NOT、前缀*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words in the statement</source>
        <translation>言论中的词语</translation>
    </message>
</context>
<context>
    <name>TeamArchiveDialog</name>
    <message>
        <location filename="../../ui/library/TeamArchiveDialog.ui" line="+9"/>
        <source>Open Team Archive</source>
        <translation>打开团队资料库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A team archive is a Sayline library on a PostgreSQL server, shared by a desk. Fields left empty are taken from the service entry or libpq&apos;s defaults.</source>
        <translation>团队资料库是编辑部在 PostgreSQL 服务器上共享的 Sayline 资料库。留空的字段取自服务条目或 libpq 的默认值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name in ~/.pg_service.conf (optional)</source>
        <translation>~/.pg_service.conf 中的名称（可选）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty: from ~/.pgpass or the service</source>
        <translation>留空：取自 ~/.pgpass 或服务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password is kept in memory for this session only, never saved. The other fields are remembered for next time.</source>
        <translation>密码只在本次会话的内存中保留，从不保存。其他字段会记住，供下次使用。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+145"/>
        <source>The library cannot be opened: %1

It was not changed. Sayline opens a library for this session only.</source>
        <translation>无法打开资料库：%1

资料库未被更改。Sayline 将打开一个仅用于本次会话的资料库。</translation>
    </message>
</context>
<context>
    <name>sayline::app::ArticlesView</name>
    <message>
        <location filename="../../src/app/library/ArticlesView.cpp" line="+36"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>any publisher</source>
        <translation>不限发布方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any organization</source>
        <translation>不限组织</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
</context>
<context>
    <name>sayline::app::CorrectionController</name>
    <message>
        <location filename="../../src/app/corrections/CorrectionController.cpp" line="+52"/>
        <source>Reassign Statement to %1</source>
        <translation>将言论重新指定给 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename to %1</source>
        <translation>重命名为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separate %1 in This Article</source>
        <translation>在本文中拆分 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>sayline::app::DossierDialog</name>
    <message>
        <location filename="../../src/app/export/DossierDialog.cpp" line="+30"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>sayline::app::EntityModel</name>
    <message>
        <location filename="../../src/app/speakers/EntityModel.cpp" line="+99"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
</context>
<context>
    <name>sayline::app::EventModel</name>
    <message>
        <location filename="../../src/app/speakers/EventModel.cpp" line="+120"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As written</source>
        <translation>原文写法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>sayline::app::ExportController</name>
    <message>
        <location filename="../../src/app/export/ExportController.cpp" line="+45"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>用于电子表格的 CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Summary of the Library</source>
        <translation>导出资料库摘要</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Dossier</source>
        <translation>导出档案</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 (1 statement)</source>
        <translation>已导出 %1（1 条言论）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 (%2 statements)</source>
        <translation>已导出 %1（%2 条言论）</translation>
    </message>
</context>
<context>
    <name>sayline::app::FindBar</name>
    <message>
        <location filename="../../src/app/reader/FindBar.cpp" line="+24"/>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close (Escape)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>sayline::app::HighlightLegend</name>
    <message>
        <location filename="../../src/app/reader/HighlightLegend.cpp" line="+46"/>
        <source>Highlights:</source>
        <translation>高亮：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show or hide %1 highlights</source>
        <translation>显示或隐藏“%1”高亮</translation>
    </message>
</context>
<context>
    <name>sayline::app::ImportStatusWidget</name>
    <message>
        <location filename="../../src/app/library/ImportStatusWidget.cpp" line="+22"/>
        <source>Importing %1 of %2…</source>
        <translation>正在导入第 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for articles…</source>
        <translation>正在查找文章…</translation>
    </message>
</context>
<context>
    <name>sayline::app::LibraryArticleModel</name>
    <message>
        <location filename="../../src/app/library/LibraryArticleModel.cpp" line="+27"/>
        <source>Could not read the library: %1</source>
        <translation>无法读取资料库：%1</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+15"/>
        <source>1 statement</source>
        <translation>1 条言论</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>%1 statements</source>
        <translation>%1 条言论</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>Statements</source>
        <translation>言论</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>#</source>
        <comment>the number of statements</comment>
        <translation>#</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
</context>
<context>
    <name>sayline::app::LibrarySpeakerModel</name>
    <message>
        <location filename="../../src/app/speakers/LibrarySpeakerModel.cpp" line="+63"/>
        <source>Could not read the speakers: %1</source>
        <translation>无法读取发言人：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Also: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>1 statement</source>
        <translation>1 条言论</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>%1 statements</source>
        <translation>%1 条言论</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>also %1</source>
        <translation>又称 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statements</source>
        <translation>言论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also called</source>
        <translation>又称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First</source>
        <translation>首次发言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last</source>
        <translation>最近发言</translation>
    </message>
</context>
<context>
    <name>sayline::app::MainWindow</name>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="+194"/>
        <source>&amp;Open Article at This Statement</source>
        <translation>在此言论处打开文章(&amp;O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Read</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Summary…</source>
        <translation>导出摘要(&amp;E)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+62"/>
        <source>Library: %1</source>
        <translation>资料库：%1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1, but %2</source>
        <translation>已导入 %1，但 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 new article in the library</source>
        <translation>资料库新增 1 篇文章</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 new articles in the library</source>
        <translation>资料库新增 %1 篇文章</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, 1 already there</source>
        <translation>，1 篇已存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, %1 already there</source>
        <translation>，%1 篇已存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, 1 file failed</source>
        <translation>，1 个文件失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, %1 files failed</source>
        <translation>，%1 个文件失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correction: %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>read-only archive</source>
        <translation>只读团队资料库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>team archive</source>
        <translation>团队资料库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-only library</source>
        <translation>只读资料库</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Completing 1 article stored by an earlier Sayline…</source>
        <translation>正在补全由早期版本 Sayline 存储的 1 篇文章…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completing %1 articles stored by an earlier Sayline…</source>
        <translation>正在补全由早期版本 Sayline 存储的 %1 篇文章…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not complete the older articles: %1</source>
        <translation>无法补全较早的文章：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is up to date.</source>
        <translation>资料库已是最新。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This library is read-only: articles cannot be imported into it.</source>
        <translation>此资料库为只读：无法向其中导入文章。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the article from the library: %1</source>
        <translation>无法从资料库读取文章：%1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.mht *.mhtml *.xml *.rss *.atom *.nitf *.newsml);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm *.xhtml *.mht *.mhtml *.xml *.rss *.atom *.nitf *.newsml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindowActions.cpp" line="+69"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The new language is used from the next start of Sayline.</source>
        <translation>新语言将在下次启动 Sayline 时生效。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Statement deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>言论已删除。撤销（Ctrl+Z）可将其恢复。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merged into %1. Undo (Ctrl+Z) separates them again.</source>
        <translation>已合并到 %1。撤销（Ctrl+Z）可再次将其分开。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 in this article is now an entity of its own. Undo (Ctrl+Z) joins them again.</source>
        <translation>本文中的 %1 现已成为独立的实体。撤销（Ctrl+Z）可再次将其合并。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>About Sayline</source>
        <translation>关于 Sayline</translation>
    </message>
</context>
<context>
    <name>sayline::app::MergeDialog</name>
    <message>
        <location filename="../../src/app/corrections/MergeDialog.cpp" line="+20"/>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is the same as:</source>
        <translation>“%1”与以下哪一个是同一对象：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also: %1</source>
        <translation>又称：%1</translation>
    </message>
</context>
<context>
    <name>sayline::app::MessageBar</name>
    <message>
        <location filename="../../src/app/common/MessageBar.cpp" line="+34"/>
        <source>Dismiss all</source>
        <translation>全部关闭</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>1 file could not be opened; the others were.</source>
        <translation>有 1 个文件无法打开，其余文件已打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files could not be opened; the others were.</source>
        <translation>有 %1 个文件无法打开，其余文件已打开。</translation>
    </message>
</context>
<context>
    <name>sayline::app::ReaderView</name>
    <message>
        <location filename="../../src/app/reader/ReaderView.cpp" line="+39"/>
        <source>d MMMM yyyy</source>
        <comment>the date format of an article&apos;s date (QLocale::toString)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an article in the library (Ctrl+1) or a speaker (Ctrl+2), open a file (Ctrl+O), import a folder (Ctrl+Shift+O) or drop files here.</source>
        <translation>在资料库中选择一篇文章（Ctrl+1）或一位发言人（Ctrl+2），打开文件（Ctrl+O），导入文件夹（Ctrl+Shift+O），或将文件拖放到此处。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>By %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>sayline::app::ReassignDialog</name>
    <message>
        <location filename="../../src/app/corrections/ReassignDialog.cpp" line="+20"/>
        <source>Who said “%1”?</source>
        <translation>“%1”是谁说的？</translation>
    </message>
</context>
<context>
    <name>sayline::app::RecentFiles</name>
    <message>
        <location filename="../../src/app/library/RecentFiles.cpp" line="+66"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sayline::app::SpeakerCompleter</name>
    <message>
        <location filename="../../src/app/common/SpeakerCompleter.cpp" line="+21"/>
        <source>1 statement</source>
        <translation>1 条言论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 statements</source>
        <translation>%1 条言论</translation>
    </message>
</context>
<context>
    <name>sayline::app::SpeakerModel</name>
    <message>
        <location filename="../../src/app/speakers/SpeakerModel.cpp" line="+110"/>
        <source>1 statement</source>
        <translation>1 条言论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 statements</source>
        <translation>%1 条言论</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Speaker / statement</source>
        <translation>发言人 / 言论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cue</source>
        <translation>引语动词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>引述方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>主张</translation>
    </message>
</context>
<context>
    <name>sayline::app::SpeakersView</name>
    <message>
        <location filename="../../src/app/speakers/SpeakersView.cpp" line="+120"/>
        <source>1 speaker</source>
        <translation>1 位发言人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 speakers</source>
        <translation>%1 位发言人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 speakers</source>
        <translation>%2 位发言人中的 %1 位</translation>
    </message>
</context>
<context>
    <name>sayline::app::StatementResultModel</name>
    <message>
        <location filename="../../src/app/search/StatementResultModel.cpp" line="+111"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>言论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
</context>
<context>
    <name>sayline::app::StatementTimeline</name>
    <message>
        <location filename="../../src/app/search/StatementTimeline.cpp" line="+37"/>
        <location line="+37"/>
        <source>No dated statements to plot.</source>
        <translation>没有带日期的言论可以绘制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement is from %1.</source>
        <translation>这条言论的日期为 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 statements are from %2.</source>
        <translation>全部 %1 条言论的日期均为 %2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tallest bar: 1 statement</source>
        <translation>最高柱：1 条言论</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tallest bar: %1 statements</source>
        <translation>最高柱：%1 条言论</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peak: %1</source>
        <comment>the statements of the tallest bar, when the full sentence does not fit</comment>
        <translation>峰值：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: 1 statement</source>
        <translation>%1：1 条言论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 statements</source>
        <translation>%1：%2 条言论</translation>
    </message>
</context>
<context>
    <name>sayline::app::StatementsPanel</name>
    <message>
        <location filename="../../src/app/search/StatementsPanel.cpp" line="+225"/>
        <source>No statements found.</source>
        <translation>未找到言论。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The library has no statements yet.</source>
        <translation>资料库中还没有言论。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 statement in the library, newest first</source>
        <translation>资料库中共 1 条言论，最新在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 statements in the library, newest first</source>
        <translation>资料库中共 %1 条言论，最新在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 statement</source>
        <translation>1 条言论</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 statements</source>
        <translation>%1 条言论</translation>
    </message>
</context>
<context>
    <name>sayline::app::TeamArchiveDialog</name>
    <message>
        <location filename="../../src/app/library/TeamArchiveDialog.cpp" line="+68"/>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Team Archive</source>
        <translation>打开团队资料库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sayline could not open the team archive.</source>
        <translation>Sayline 无法打开团队资料库。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The team archive opened last could not be reopened: %1</source>
        <translation>无法重新打开上次使用的团队资料库：%1</translation>
    </message>
</context>
</TS>
