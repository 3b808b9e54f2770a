<!DOCTYPE html>

<html  dir="ltr" lang="en" xml:lang="en">
<head>
    <title>Log in to the site | Kokwet</title>
    <link rel="shortcut icon" href="/theme/image.php/boost/theme/1709792000/favicon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, Log in to the site | Kokwet" />
<link rel="stylesheet" type="text/css" href="/theme/yui_combo.php?rollup/3.18.1/yui-moodlesimple-min.css" /><script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script><link rel="stylesheet" type="text/css" href="/theme/styles.php/boost/1709792000_1/all" />
<script>
//<![CDATA[
var M = {}; M.yui = {};
M.pageloadstarttime = new Date();
M.cfg = {"wwwroot": "", "homeurl": {}, "sesskey": "Xk3Qm9aLpZ", "sessiontimeout": "28800", "sessiontimeoutwarning": 1200, "themerev": "1709792000", "slasharguments": 1, "theme": "boost", "iconsystemmodule": "core\/icon_system_fontawesome", "jsrev": "1709792000", "admin": "admin", "svgicons": true, "usertimezone": "Africa\/Nairobi", "language": "en", "courseId": 1, "courseContextId": 2, "contextid": 1, "contextInstanceId": 1, "langrev": "1709792000", "templaterev": "1709792000"};var yui1ConfigFn = function(me) {if(/-skin|reset|fonts|grids|base/.test(me.name)){me.type='css';me.path=me.path.replace(/\.js/,'.css');me.path=me.path.replace(/\/yui2-skin/,'/assets/skins/sam/yui2-skin')}};
//]]>
</script>

<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body  id="page-login-index" class="format-site path-login chrome dir-ltr lang-en yui-skin-sam yui3-skin-sam kokwet-example pagelayout-login course-1 context-1 notloggedin theme uses-drawers">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">

    <div>
    <a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a>
</div><script src="/lib/javascript.php/1709792000/lib/polyfills/polyfill.js"></script>
<script src="/theme/yui_combo.php?rollup/3.18.1/yui-moodlesimple-min.js"></script><script src="/lib/javascript.php/1709792000/lib/javascript-static.js"></script>
<script>
//<![CDATA[
document.body.className += ' jsenabled';
//]]>
</script>



    <nav class="navbar fixed-top bg-white navbar-light navbar-expand" aria-label="Site navigation">
        <div class="container-fluid">
        <button class="navbar-toggler aabtn d-block d-md-none px-1 my-1 border-0" data-toggler="drawers" data-action="toggle" data-target="theme_boost-drawers-primary">
            <span class="navbar-toggler-icon"></span>
            <span class="sr-only">Side panel</span>
        </button>

        <a href="/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn">

                Ng&#x27;alek ab Kokwet
        </a>
            <div class="primary-navigation">
                <nav class="moremenu navigation">
                    <ul id="moremenu-65ee1c0b6d0f2-navbar-nav" role="menubar" class="nav more-nav navbar-nav">
                        <li data-key="home" class="nav-item" role="none" data-forceintomoremenu="false">
                                    <a role="menuitem" class="nav-link " href="/" tabindex="-1">
                                        Home
                                    </a>
                        </li>
                        <li data-key="ng&#x27;alek" class="nav-item" role="none" data-forceintomoremenu="false">
                                    <a role="menuitem" class="nav-link " href="/mod/forum/view.php%3Fid=3" tabindex="-1">
                                        Ng&#x27;alek
                                    </a>
                        </li>
                        <li data-key="kou ne kikiyai" class="nav-item" role="none" data-forceintomoremenu="false">
                                    <a role="menuitem" class="nav-link " href="/mod/page/view.php%3Fid=5" tabindex="-1">
                                        Kou ne kikiyai
                                    </a>
                        </li>
                        <li data-key="ng&#x27;alalechi" class="nav-item" role="none" data-forceintomoremenu="false">
                                    <a role="menuitem" class="nav-link " href="/mod/page/view.php%3Fid=6" tabindex="-1">
                                        Ng&#x27;alalechi
                                    </a>
                        </li>
                                <li role="none" class="nav-item dropdown dropdownmoremenu d-none" data-region="morebutton">
                                    <a class="dropdown-toggle nav-link " href="#" id="moremenu-dropdown-65ee1c0b6d0f2" role="menuitem" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" tabindex="-1">
                                        More
                                    </a>
                                    <ul class="dropdown-menu dropdown-menu-left" data-region="moredropdown" aria-labelledby="moremenu-dropdown-65ee1c0b6d0f2" role="menu">
                                    </ul>
                                </li>
                    </ul>
                </nav>
            </div>

        <ul class="navbar-nav d-none d-md-flex my-1 px-1">
            <!-- page_heading_menu -->

        </ul>

        <div id="usernavigation" class="navbar-nav ml-auto">
            <div class="divider border-left h-75 align-self-center mx-1"></div>
            <div class="d-flex align-items-stretch usermenu-container" data-region="usermenu">
                    <div class="usermenu">
                            <span class="login pl-2">
                                    <a href="/login/index.php">Log in</a>
                            </span>
                    </div>
            </div>

        </div>
        </div>
    </nav>


<div  class="drawer drawer-left drawer-primary d-print-none not-initialized"
    data-region="fixed-drawer"
    id="theme_boost-drawers-primary"
    data-preference=""
    data-state="show-drawer-primary"
    data-forceopen="0"
    data-close-on-resize="1"
>
    <div class="drawerheader">
        <button
            class="btn drawertoggle icon-no-margin hidden"
            data-toggler="drawers"
            data-action="closedrawer"
            data-target="theme_boost-drawers-primary"
            data-toggle="tooltip"
            data-placement="right"
            title="Close drawer"
        >
            <i class="icon fa fa-times fa-fw " aria-hidden="true"  ></i>
        </button>
    </div>
    <div class="drawercontent drag-container" data-usertour="scroller">
                <div class="list-group">
                <a href="/" class="list-group-item list-group-item-action ">
                    Home
                </a>
                <a href="/mod/forum/view.php%3Fid=3" class="list-group-item list-group-item-action ">
                    Ng&#x27;alek
                </a>
                <a href="/mod/page/view.php%3Fid=5" class="list-group-item list-group-item-action ">
                    Kou ne kikiyai
                </a>
                <a href="/mod/page/view.php%3Fid=6" class="list-group-item list-group-item-action ">
                    Ng&#x27;alalechi
                </a>
        </div>

    </div>
</div>

    <div id="page" data-region="mainpage" data-usertour="scroller" class="drawers   drag-container">
        <div id="topofscroll" class="main-inner">
            <div class="drawer-toggles d-flex">
                <div class="drawer-toggler drawer-right-toggle ml-auto d-print-none">
                    <button
                        class="btn icon-no-margin"
                        data-toggler="drawers"
                        data-action="toggle"
                        data-target="theme_boost-drawers-blocks"
                        data-toggle="tooltip"
                        data-placement="right"
                        title="Open block drawer"
                    >
                        <span class="sr-only">Open block drawer</span>
                        <span class="dir-rtl-hide"><i class="icon fa fa-chevron-left fa-fw " aria-hidden="true"  ></i></span>
                        <span class="dir-ltr-hide"><i class="icon fa fa-chevron-right fa-fw " aria-hidden="true"  ></i></span>
                    </button>
                </div>
            </div>
            <header id="page-header" class="header-maxwidth d-print-none">
    <div class="w-100">
        <div class="d-flex flex-wrap">
            <div id="page-navbar">
                
            </div>
            <div class="ml-auto d-flex">

            </div>
            <div id="course-header">

            </div>
        </div>
        <div class="d-flex align-items-center">
                    <div class="mr-auto">
                        <div class="page-context-header"><div class="page-header-headings"><h1 class="h2">Ng&#x27;alek ab Kokwet</h1></div></div>
                    </div>
            <div class="header-actions-container ml-auto" data-region="header-actions-container">
            </div>
        </div>
    </div>
</header>
            <div id="page-content" class="pb-3 d-print-block">
                <div id="region-main-box">
                    <section id="region-main" aria-label="Content">

                        <span class="notifications" id="user-notifications"></span>
                        <div role="main"><span id="maincontent"></span><div class="container-fluid"><div class="row justify-content-center"><div class="col-xl-6 col-sm-8 "><div class="card"><div class="card-block"><h2 class="card-header text-center">Ng&#x27;alek ab Kokwet</h2><div class="card-body">
<form class="mt-3" action="/login/index.php" method="post" id="login"><input id="anchor" type="hidden" name="anchor" value=""><input type="hidden" name="logintoken" value="g1R2s3T4u5V6w7X8y9Z0">
<div class="login-form-username form-group"><label for="username" class="sr-only">Username</label><input type="text" name="username" id="username" class="form-control form-control-lg" value="" placeholder="Username" autocomplete="username"></div>
<div class="login-form-password form-group"><label for="password" class="sr-only">Password</label><input type="password" name="password" id="password" value="" class="form-control form-control-lg" placeholder="Password" autocomplete="current-password"></div>
<div class="login-form-submit form-group"><button class="btn btn-primary btn-lg" type="submit" id="loginbtn">Log in</button></div>
<div class="login-form-forgotpassword form-group"><a href="/login/forgot_password.php">Lost password?</a></div></form>
<div class="login-divider"></div><h2 class="login-heading">Some courses may allow guest access</h2><form action="/login/index.php" method="post" id="guestlogin"><input type="hidden" name="username" value="guest"><input type="hidden" name="password" value="guest"><button class="btn btn-secondary" type="submit">Access as a guest</button></form>
<div class="login-divider"></div><div class="d-flex"><button type="button" class="btn btn-secondary" data-modal="alert" data-modal-title-str='["cookiesenabled", "core"]' data-modal-content-str='["cookiesenabled_help_html", "core"]'>Cookies notice</button></div>
</div></div></div></div></div></div></div>
                        

                    </section>
                </div>
            </div>
        </div>

        <footer id="page-footer" class="footer-popover bg-white">
            <div data-region="footer-container-popover">
                <button class="btn btn-icon bg-secondary icon-no-margin btn-footer-popover" data-action="footer-popover" aria-label="Show footer">
                    <i class="icon fa fa-question fa-fw " aria-hidden="true"  ></i>
                </button>
            </div>
            <div class="footer-content-popover container" data-region="footer-content-popover">
                <div class="footer-section p-3 border-bottom">
                    <div class="logininfo">
                        <div class="logininfo">You are not logged in. (<a href="/login/index.php">Log in</a>)</div>
                    </div>
                    <div class="tool_usertours-resettourcontainer">
                    </div>

                    <div><a href="https://download.moodle.org/mobile?version=2023100900&amp;lang=en&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Get the mobile app</a></div>
                </div>
                <div class="footer-section p-3">
                    <div>Powered by <a href="https://moodle.com">Moodle</a></div>
                </div>
            </div>

            <div class="footer-content-debugging footer-dark bg-dark text-light">
                <div class="container-fluid footer-dark-inner">
                    <div class="kokwet-footer">&copy; 2026 Ng'alek ab Kokwet &middot; Kokwet Community Learning Centre, Kapkatet. Tugul kotinye ng'atutiet.</div>
                </div>
            </div>
        </footer>
    </div>

</div>
<script>
//<![CDATA[
var require = {
    baseUrl : '/lib/requirejs.php/1709792000/',
    // We only support AMD modules with an explicit define() statement.
    enforceDefine: true,
    skipDataMain: true,
    waitSeconds : 0,
};
//]]>
</script>
<script src="/lib/javascript.php/1709792000/lib/requirejs/require.min.js"></script>
<script>
//<![CDATA[
M.util.js_pending("core/first");
require(['core/first'], function() {
require(['core/prefetch'])
;
M.util.js_complete("core/first");
});
//]]>
</script>
</body>
</html>
