
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Code as RadixThemesCode,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Grid as RadixThemesGrid,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,SegmentedControl as RadixThemesSegmentedControl,Select as RadixThemesSelect,Strong as RadixThemesStrong,Switch as RadixThemesSwitch,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideArrowRight from "lucide-react/dist/esm/icons/arrow-right.mjs"
import LucideChevronLeft from "lucide-react/dist/esm/icons/chevron-left.mjs"
import LucideChevronRight from "lucide-react/dist/esm/icons/chevron-right.mjs"
import LucidePlay from "lucide-react/dist/esm/icons/play.mjs"
import LucideSearch from "lucide-react/dist/esm/icons/search.mjs"
import LucideX from "lucide-react/dist/esm/icons/x.mjs"
import LucideCheck from "lucide-react/dist/esm/icons/check.mjs"
import {DynamicIcon} from "lucide-react/dynamic.mjs"
import LucideThumbsUp from "lucide-react/dist/esm/icons/thumbs-up.mjs"
import LucideFlag from "lucide-react/dist/esm/icons/flag.mjs"
import LucideReply from "lucide-react/dist/esm/icons/reply.mjs"
import LucideCornerDownRight from "lucide-react/dist/esm/icons/corner-down-right.mjs"
import LucideCirclePlay from "lucide-react/dist/esm/icons/circle-play.mjs"
import ReactMarkdown from "react-markdown"
import remarkGfm from "remark-gfm"
import rehypeUnwrapImages from "rehype-unwrap-images"
import {PrismAsyncLight as SyntaxHighlighter} from "react-syntax-highlighter"
import oneLight from "react-syntax-highlighter/dist/esm/styles/prism/one-light"
import oneDark from "react-syntax-highlighter/dist/esm/styles/prism/one-dark"




        function ComponentMap_f565948e3b685d7563def775618dc76f () {
            const { resolvedColorMode } = useContext(ColorModeContext)
            return (
                ({ ["h1"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"4",...props},children))), ["h2"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"4",...props},children))), ["h3"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"3",...props},children))), ["h4"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h4",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"3",...props},children))), ["h5"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h5",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"2",...props},children))), ["h6"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h6",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"1",...props},children))), ["p"] : (({node, children, ...props}) => (jsx(RadixThemesText,{as:"p",css:({ ["marginTop"] : "1em", ["marginBottom"] : "1em" }),...props},children))), ["ul"] : (({node, children, ...props}) => (jsx("ul",{css:({ ["listStyleType"] : "disc", ["marginTop"] : "1em", ["marginBottom"] : "1em", ["marginLeft"] : "1.5rem", ["direction"] : "column" }),...props},children))), ["ol"] : (({node, children, ...props}) => (jsx("ol",{css:({ ["listStyleType"] : "decimal", ["marginTop"] : "1em", ["marginBottom"] : "1em", ["marginLeft"] : "1.5rem", ["direction"] : "column" }),...props},children))), ["li"] : (({node, children, ...props}) => (jsx("li",{css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),...props},children))), ["a"] : (({node, children, ...props}) => (jsx(RadixThemesLink,{css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),href:"#",...props},children))), ["code"] : (({node, children, ...props}) => (jsx(RadixThemesCode,{...props},children))), ["img"] : (({node, children, ...props}) => (jsx(Fragment,{...props},))), ["pre"] : (({node, ...rest}) => { const {node: childNode, className, children: components, ...props} = rest.children.props; const children = String(Array.isArray(components) ? components.join('\n') : components).replace(/\n$/, ''); const match = (className || '').match(/language-(?<lang>.*)/); let _language = match ? match[1] : ''; ;             return jsx(SyntaxHighlighter,{children:children,codeTagProps:({ ["style"] : ({ ["whiteSpace"] : "pre-wrap" }) }),css:({ ["marginTop"] : "1em", ["marginBottom"] : "1em" }),customStyle:({ ["marginTop"] : "1em", ["marginBottom"] : "1em" }),language:_language,style:((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.()) ? oneLight : oneDark),wrapLongLines:true,...props},);         }) })
            )
        }
        




export const Form_root_a02590c83a6eceaacbb70e0e487926b4_2d1ebb8e = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_2d1ebb8e = memo(({children, ...rest}) => {
    
    const handleSubmit_ae2895155b0feff46710148dcda197ff = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___layout____search_box_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ae2895155b0feff46710148dcda197ff }))},children)
    )
});
Form_root_a02590c83a6eceaacbb70e0e487926b4_2d1ebb8e.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_2d1ebb8e;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_2d1ebb8e.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_2d1ebb8e;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_nav_cart = useRef(null); refs["ref_nav_cart"] = ref_nav_cart;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.refresh_count", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
const ref_cart_count = useRef(null); refs["ref_cart_count"] = ref_cart_count;
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":"Cart", asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"nav-cart", ref:ref_nav_cart }))},jsx(ReactRouterLink,{to:"/cart"},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "flex", ["padding"] : "4px" })},jsx(LucideShoppingCart,{css:({ ["color"] : "var(--gray-12)" }),size:22},),jsx(Fragment,{},((reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{css:({ ["position"] : "absolute", ["top"] : "-8px", ["right"] : "-10px" }),id:"cart-count",radius:"full",ref:ref_cart_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_))):(jsx(Fragment,{},)))))))
    )
});
Link_link_bc007e1d4013bba9d25a5892594eaf02_2d1ebb8e.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_2d1ebb8e;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_2d1ebb8e.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_2d1ebb8e;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_2d1ebb8e = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_2d1ebb8e = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.connect", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const ref_notification_bell = useRef(null); refs["ref_notification_bell"] = ref_notification_bell;
const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
const ref_notification_count = useRef(null); refs["ref_notification_count"] = ref_notification_count;
    return(
        jsx(RadixThemesPopover.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "inline-flex" })},jsx(RadixThemesIconButton,{"aria-label":"Notifications",color:"gray",css:({ ["padding"] : "6px" }),id:"notification-bell",ref:ref_notification_bell,size:"2",variant:"ghost"},jsx(LucideBell,{size:24},)),jsx(Fragment,{},((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",css:({ ["position"] : "absolute", ["top"] : "-4px", ["right"] : "-6px", ["pointerEvents"] : "none" }),id:"notification-count",radius:"full",ref:ref_notification_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___notifications___state____notification_bell_state.badge_rx_state_))):(jsx(Fragment,{},))))))
    )
});
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_2d1ebb8e.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_2d1ebb8e;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_2d1ebb8e.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_2d1ebb8e;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_2d1ebb8e.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_2d1ebb8e;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_2d1ebb8e;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_2d1ebb8e.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_2d1ebb8e;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_2d1ebb8e = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_2d1ebb8e.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_2d1ebb8e;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_2d1ebb8e.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_2d1ebb8e;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_2d1ebb8e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_2d1ebb8e = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_2d1ebb8e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_2d1ebb8e;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_2d1ebb8e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_2d1ebb8e = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_2d1ebb8e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_2d1ebb8e;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_2d1ebb8e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_2d1ebb8e = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_2d1ebb8e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_2d1ebb8e;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_2d1ebb8e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_2d1ebb8e = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_2d1ebb8e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_2d1ebb8e;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2d1ebb8e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2d1ebb8e = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2d1ebb8e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_2d1ebb8e;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_2d1ebb8e.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_2d1ebb8e;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_2d1ebb8e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_2d1ebb8e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_2d1ebb8e;
})();

export const Foreach_comp_b6cadd1bf4c15d01c0b419d0f1935d53_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_b6cadd1bf4c15d01c0b419d0f1935d53_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____home_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____home_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____home_state.categories_rx_state_ ?? [],((c_rx_state_,index_c4d359bbdefd21517f5a7540222adb72)=>(jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),key:index_c4d359bbdefd21517f5a7540222adb72,underline:"none"},jsx(ReactRouterLink,{to:c_rx_state_?.["href"]},jsx(RadixThemesBadge,{color:"gray",css:({ ["padding"] : "6px 12px", ["&:hover"] : ({ ["background"] : "var(--violet-3)" }) }),radius:"full",size:"2",variant:"surface"},c_rx_state_?.["name"]))))))
    )
});
Foreach_comp_b6cadd1bf4c15d01c0b419d0f1935d53_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_b6cadd1bf4c15d01c0b419d0f1935d53_2d1ebb8e;
})();

export const Cond_comp_8cd45d276c08345fcf8e80360f976f70_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_8cd45d276c08345fcf8e80360f976f70_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____home_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____home_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____home_state.categories_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8cd45d276c08345fcf8e80360f976f70_2d1ebb8e.displayName = "Cond";
return Cond_comp_8cd45d276c08345fcf8e80360f976f70_2d1ebb8e;
})();

export const Foreach_comp_2fbdb5366492eb6407ef57fada96e9e6_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_2fbdb5366492eb6407ef57fada96e9e6_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____home_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____home_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____home_state.rows_rx_state_ ?? [],((row_rx_state_,index_cd1733c94236a1a665be77f037300ab3)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack home-row",css:({ ["width"] : "100%" }),direction:"column",key:index_cd1733c94236a1a665be77f037300ab3,gap:"3"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesHeading,{as:"h2",size:({ ["initial"] : "5", ["md"] : "6" })},row_rx_state_?.["title"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesLink,{asChild:true,className:"see-all",css:({ ["color"] : "var(--violet-11)", ["whiteSpace"] : "nowrap", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"2",weight:"medium"},jsx(ReactRouterLink,{to:row_rx_state_?.["see_all"]},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"1"},jsx(RadixThemesText,{as:"p"},"See all"),jsx(LucideArrowRight,{size:16},)))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "flex" }) }),direction:"row",gap:"2"},jsx(RadixThemesIconButton,{"aria-label":"Scroll left",color:"gray",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("_call_script", ({ ["javascript_code"] : (("(() => { const r = document.getElementById("+(JSON.stringify(("row-"+row_rx_state_?.["key"]))))+"); if (r) r.scrollBy({left: -1 * r.clientWidth * 0.8, behavior: 'smooth'}); })()"), ["callback"] : null }), ({  })))], [_e], ({  })))),radius:"full",size:"2",variant:"soft"},jsx(LucideChevronLeft,{size:24},)),jsx(RadixThemesIconButton,{"aria-label":"Scroll right",color:"gray",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("_call_script", ({ ["javascript_code"] : (("(() => { const r = document.getElementById("+(JSON.stringify(("row-"+row_rx_state_?.["key"]))))+"); if (r) r.scrollBy({left: 1 * r.clientWidth * 0.8, behavior: 'smooth'}); })()"), ["callback"] : null }), ({  })))], [_e], ({  })))),radius:"full",size:"2",variant:"soft"},jsx(LucideChevronRight,{size:24},)))),jsx(RadixThemesBox,{className:"course-row",css:({ ["scrollbarWidth"] : "thin", ["scrollbarColor"] : "var(--gray-a6) transparent", ["display"] : "grid", ["gridAutoFlow"] : "column", ["@media screen and (min-width: 0)"] : ({ ["gridAutoColumns"] : "78%" }), ["@media screen and (min-width: 30em)"] : ({ ["gridAutoColumns"] : "calc((100% - 1.25rem) / 2.3)" }), ["@media screen and (min-width: 48em)"] : ({ ["gridAutoColumns"] : "calc((100% - 2 * 1.25rem) / 3.2)" }), ["@media screen and (min-width: 62em)"] : ({ ["gridAutoColumns"] : "calc((100% - 4 * 1.25rem) / 5)" }), ["gap"] : "1.25rem", ["overflowX"] : "auto", ["overscrollBehaviorX"] : "contain", ["scrollSnapType"] : "x mandatory", ["scrollPadding"] : "6px", ["padding"] : "6px 6px 14px", ["margin"] : "-6px" }),id:("row-"+row_rx_state_?.["key"])},Array.prototype.map.call(row_rx_state_?.["courses"] ?? [],((course_rx_state_,index_658e85006694b56f05260bf8ac16e204)=>(jsx(RadixThemesBox,{css:({ ["scrollSnapAlign"] : "start", ["minWidth"] : "0" }),key:index_658e85006694b56f05260bf8ac16e204},jsx(RadixThemesLink,{"aria-label":course_rx_state_?.["title"],asChild:true,className:"course-card",css:({ ["&:hover .course-thumb-img"] : ({ ["transform"] : "scale(1.04)" }), ["&:hover .course-card-title"] : ({ ["color"] : "var(--violet-11)" }), ["&:focus-visible"] : ({ ["outline"] : "2px solid var(--violet-8)" }), ["display"] : "block", ["width"] : "100%", ["minWidth"] : "0", ["borderRadius"] : "12px", ["padding"] : "6px", ["margin"] : "-6px", ["transition"] : "background 0.15s ease", ["&:hover"] : ({ ["background"] : "var(--gray-a2)" }) }),underline:"none"},jsx(ReactRouterLink,{to:course_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesBox,{css:({ ["aspectRatio"] : "16 / 9", ["width"] : "100%", ["overflow"] : "hidden", ["borderRadius"] : "10px", ["background"] : "var(--gray-a3)", ["border"] : "1px solid var(--gray-a3)" })},jsx(Fragment,{},(!((course_rx_state_?.["thumbnail"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx("img",{alt:course_rx_state_?.["title"],className:"course-thumb-img",css:({ ["width"] : "100%", ["height"] : "100%", ["objectFit"] : "cover", ["transition"] : "transform 0.25s ease" }),loading:"lazy",src:course_rx_state_?.["thumbnail"]},))):(jsx(Fragment,{},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["width"] : "100%", ["height"] : "100%", ["background"] : "linear-gradient(135deg, var(--violet-9), var(--indigo-10))" })},jsx(LucidePlay,{css:({ ["color"] : "white" }),size:36},))))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%", ["paddingInlineStart"] : "2px", ["paddingInlineEnd"] : "2px" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",className:"course-card-title",css:({ ["display"] : "-webkit-box", ["WebkitLineClamp"] : "2", ["WebkitBoxOrient"] : "vertical", ["overflow"] : "hidden", ["lineHeight"] : "1.3", ["color"] : "var(--gray-12)" }),size:"3",title:course_rx_state_?.["title"],weight:"bold"},course_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis", ["color"] : "var(--gray-11)" }),size:"1"},course_rx_state_?.["instructor"]),jsx(Fragment,{},(isTrue(course_rx_state_?.["has_rating"])?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--amber-11)" }),size:"2",weight:"bold"},course_rx_state_?.["rating"]),jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["display"] : "inline-block", ["fontSize"] : "14px", ["lineHeight"] : "1", ["letterSpacing"] : "1px" })},jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--gray-a6)" })},"\u2605\u2605\u2605\u2605\u2605"),jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : course_rx_state_?.["stars"], ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" })},"\u2605\u2605\u2605\u2605\u2605")),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},course_rx_state_?.["rating_count"])))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"No ratings yet"))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%", ["paddingTop"] : "2px" }),direction:"row",gap:"3"},jsx(RadixThemesText,{as:"p",className:"course-card-price",css:({ ["color"] : "var(--gray-12)" }),size:"3",weight:"bold"},course_rx_state_?.["price"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesBadge,{color:course_rx_state_?.["level_color"],radius:"full",size:"1",variant:"soft"},course_rx_state_?.["level"])))))))))))))))
    )
});
Foreach_comp_2fbdb5366492eb6407ef57fada96e9e6_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_2fbdb5366492eb6407ef57fada96e9e6_2d1ebb8e;
})();

export const Cond_comp_e5069f9127d3a97b4c0f0d823f5020f9_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_e5069f9127d3a97b4c0f0d823f5020f9_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____home_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____home_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____home_state.rows_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e5069f9127d3a97b4c0f0d823f5020f9_2d1ebb8e.displayName = "Cond";
return Cond_comp_e5069f9127d3a97b4c0f0d823f5020f9_2d1ebb8e;
})();

export const Cond_comp_9b88daff476eb232c6a1687dea374bbe_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_9b88daff476eb232c6a1687dea374bbe_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____home_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____home_state")
    return(
        (reflex___state____state__udemy_clone___catalog___state____home_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9b88daff476eb232c6a1687dea374bbe_2d1ebb8e.displayName = "Cond";
return Cond_comp_9b88daff476eb232c6a1687dea374bbe_2d1ebb8e;
})();

export const Segmentedcontrolroot_segmentedcontrol__root_7a582d874f62798d0adfd54dc58a87de_2d1ebb8e = /*#__PURE__*/ (() => {
const Segmentedcontrolroot_segmentedcontrol__root_7a582d874f62798d0adfd54dc58a87de_2d1ebb8e = memo(({children, ...rest}) => {
    const on_change_f793888e20fad63e8763bf8a031918f9 = useCallback(((_value) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___stats___state____top_selling_state.choose_period", ({ ["value"] : _value }), ({  })))], [_value], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___stats___state____top_selling_state = useStateContext("reflex___state____state.udemy_clone___stats___state____top_selling_state")
    return(
        jsx(RadixThemesSegmentedControl.Root,{...mergeSlotProps(rest, ({ css:({ ["& .rt-SegmentedControlIndicator"] : ({ ["width"] : "calc(100% / var(--rx-sc-count))", ["transform"] : "translateX(calc(var(--rx-sc-idx) * 100%))" }), ["--rx-sc-count"] : ["7d", "30d", "all"].length, ["--rx-sc-idx"] : (["7d", "30d", "all"].indexOf(reflex___state____state__udemy_clone___stats___state____top_selling_state.period_rx_state_)) }), onValueChange:on_change_f793888e20fad63e8763bf8a031918f9, size:"1", value:reflex___state____state__udemy_clone___stats___state____top_selling_state.period_rx_state_ }))},children)
    )
});
Segmentedcontrolroot_segmentedcontrol__root_7a582d874f62798d0adfd54dc58a87de_2d1ebb8e.displayName = "SegmentedControlRoot";
return Segmentedcontrolroot_segmentedcontrol__root_7a582d874f62798d0adfd54dc58a87de_2d1ebb8e;
})();

export const Foreach_comp_e00d34185424210a45b675c22c544694_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_e00d34185424210a45b675c22c544694_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____top_selling_state = useStateContext("reflex___state____state.udemy_clone___stats___state____top_selling_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___stats___state____top_selling_state.rows_rx_state_ ?? [],((row_rx_state_,index_135e78184b91317be58f1be2db8a3c06)=>(jsx(RadixThemesLink,{asChild:true,className:"top-selling-row",css:({ ["color"] : "var(--gray-12)", ["width"] : "100%", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),key:index_135e78184b91317be58f1be2db8a3c06,underline:"none"},jsx(ReactRouterLink,{to:row_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%", ["padding"] : "0.55rem 0.75rem", ["borderRadius"] : "8px", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }) }),direction:"row",gap:"3"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--violet-11)", ["width"] : "1.5rem" }),weight:"bold"},row_rx_state_?.["rank"]),jsx(RadixThemesText,{as:"p",css:({ ["flex"] : "1" }),trim:"both",weight:"medium"},row_rx_state_?.["title"]),jsx(RadixThemesBadge,{color:"green",variant:"soft"},row_rx_state_?.["sales_text"])))))))
    )
});
Foreach_comp_e00d34185424210a45b675c22c544694_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_e00d34185424210a45b675c22c544694_2d1ebb8e;
})();

export const Bare_comp_4985ee8e550ef113f1e684b5e0433675_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_4985ee8e550ef113f1e684b5e0433675_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____top_selling_state = useStateContext("reflex___state____state.udemy_clone___stats___state____top_selling_state")
    return(
        (reflex___state____state__udemy_clone___stats___state____top_selling_state.loaded_rx_state_ ? "No course has been bought in this period yet." : "Loading the best-sellers\u2026")
    )
});
Bare_comp_4985ee8e550ef113f1e684b5e0433675_2d1ebb8e.displayName = "Bare";
return Bare_comp_4985ee8e550ef113f1e684b5e0433675_2d1ebb8e;
})();

export const Cond_comp_c465802cc6435bd65e69a739db3be25a_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_c465802cc6435bd65e69a739db3be25a_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____top_selling_state = useStateContext("reflex___state____state.udemy_clone___stats___state____top_selling_state")
    return(
        ((reflex___state____state__udemy_clone___stats___state____top_selling_state.rows_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c465802cc6435bd65e69a739db3be25a_2d1ebb8e.displayName = "Cond";
return Cond_comp_c465802cc6435bd65e69a739db3be25a_2d1ebb8e;
})();

export const Box_box_c25850007098ec5dc4a4231e4131fca4_2d1ebb8e = /*#__PURE__*/ (() => {
const Box_box_c25850007098ec5dc4a4231e4131fca4_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_top_selling = useRef(null); refs["ref_top_selling"] = ref_top_selling;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___stats___state____top_selling_state.load", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(RadixThemesBox,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["paddingTop"] : "2rem" }), id:"top-selling", ref:ref_top_selling }))},children)
    )
});
Box_box_c25850007098ec5dc4a4231e4131fca4_2d1ebb8e.displayName = "Box";
return Box_box_c25850007098ec5dc4a4231e4131fca4_2d1ebb8e;
})();

export const Bare_comp_dfb73ed682d7863c8851bd63285bd580_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_dfb73ed682d7863c8851bd63285bd580_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____browse_state.heading_rx_state_
    )
});
Bare_comp_dfb73ed682d7863c8851bd63285bd580_2d1ebb8e.displayName = "Bare";
return Bare_comp_dfb73ed682d7863c8851bd63285bd580_2d1ebb8e;
})();

export const Cond_comp_d1dec362cc75a23c2112ba1e46aecea6_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_d1dec362cc75a23c2112ba1e46aecea6_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        (reflex___state____state__udemy_clone___catalog___state____browse_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d1dec362cc75a23c2112ba1e46aecea6_2d1ebb8e.displayName = "Cond";
return Cond_comp_d1dec362cc75a23c2112ba1e46aecea6_2d1ebb8e;
})();

export const Bare_comp_36933e4897a92882d5c934246b00c5e6_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_36933e4897a92882d5c934246b00c5e6_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____browse_state.category_name_rx_state_
    )
});
Bare_comp_36933e4897a92882d5c934246b00c5e6_2d1ebb8e.displayName = "Bare";
return Bare_comp_36933e4897a92882d5c934246b00c5e6_2d1ebb8e;
})();

export const Cond_comp_4ab29a029ba637e48c9c809c017987f3_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_4ab29a029ba637e48c9c809c017987f3_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____follow_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____follow_state")
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("category:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_)))] ? reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("category:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_)))] : false)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4ab29a029ba637e48c9c809c017987f3_2d1ebb8e.displayName = "Cond";
return Cond_comp_4ab29a029ba637e48c9c809c017987f3_2d1ebb8e;
})();

export const Bare_comp_10e3dfc0827a20f50325f4694d5d774c_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_10e3dfc0827a20f50325f4694d5d774c_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____follow_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____follow_state")
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("category:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_)))] ? reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("category:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_)))] : false) ? "Following" : "Follow")
    )
});
Bare_comp_10e3dfc0827a20f50325f4694d5d774c_2d1ebb8e.displayName = "Bare";
return Bare_comp_10e3dfc0827a20f50325f4694d5d774c_2d1ebb8e;
})();

export const Button_button_c751a9258d138f634d9f9edd5d2d422d_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_c751a9258d138f634d9f9edd5d2d422d_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
const on_click_759c87d26c86ed8297fe6c7407280391 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____follow_state.toggle_follow", ({ ["kind"] : "category", ["target_id"] : reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_ }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___catalog___state____browse_state])
const reflex___state____state__udemy_clone___notifications___state____follow_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____follow_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ className:"follow-button follow-category", color:"violet", onClick:on_click_759c87d26c86ed8297fe6c7407280391, size:"1", variant:((reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("category:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_)))] ? reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("category:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_)))] : false) ? "soft" : "solid") }))},children)
    )
});
Button_button_c751a9258d138f634d9f9edd5d2d422d_2d1ebb8e.displayName = "Button";
return Button_button_c751a9258d138f634d9f9edd5d2d422d_2d1ebb8e;
})();

export const Bare_comp_b4df9524edde958c7bcadc81089200c1_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_b4df9524edde958c7bcadc81089200c1_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____follow_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____follow_state")
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___notifications___state____follow_state.followers_rx_state_?.[("category:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_)))]) ? reflex___state____state__udemy_clone___notifications___state____follow_state.followers_rx_state_?.[("category:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_)))] : 0)
    )
});
Bare_comp_b4df9524edde958c7bcadc81089200c1_2d1ebb8e.displayName = "Bare";
return Bare_comp_b4df9524edde958c7bcadc81089200c1_2d1ebb8e;
})();

export const Hstack_flex_0a10d8aecc0e8005bcb4caf84cce71cd_2d1ebb8e = /*#__PURE__*/ (() => {
const Hstack_flex_0a10d8aecc0e8005bcb4caf84cce71cd_2d1ebb8e = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____follow_state.load_follow", ({ ["kind"] : "category", ["target_id"] : reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_ }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"center", className:"rx-Stack", direction:"row", gap:"2" }))},children)
    )
});
Hstack_flex_0a10d8aecc0e8005bcb4caf84cce71cd_2d1ebb8e.displayName = "HStack";
return Hstack_flex_0a10d8aecc0e8005bcb4caf84cce71cd_2d1ebb8e;
})();

export const Cond_comp_345bf4ee0bea542dca8e7887b4befea5_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_345bf4ee0bea542dca8e7887b4befea5_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____browse_state.category_id_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_345bf4ee0bea542dca8e7887b4befea5_2d1ebb8e.displayName = "Cond";
return Cond_comp_345bf4ee0bea542dca8e7887b4befea5_2d1ebb8e;
})();

export const Textfieldroot_textfield__root_400a707cf74d9515e34c4a5a1ad79dc9_2d1ebb8e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_400a707cf74d9515e34c4a5a1ad79dc9_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_browse_q = useRef(null); refs["ref_browse_q"] = ref_browse_q;
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-label":"Search courses", css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___catalog___state____browse_state.q_rx_state_, id:"browse-q", key:reflex___state____state__udemy_clone___catalog___state____browse_state.q_rx_state_, maxLength:200, name:"q", placeholder:"Search courses, instructors, topics", ref:ref_browse_q, size:"3" }))},jsx(RadixThemesTextField.Slot,{},jsx(LucideSearch,{size:16},)))
    )
});
Textfieldroot_textfield__root_400a707cf74d9515e34c4a5a1ad79dc9_2d1ebb8e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_400a707cf74d9515e34c4a5a1ad79dc9_2d1ebb8e;
})();

export const Form_root_1fe57ded2a695f2d371ab6853ba152fd_2d1ebb8e = /*#__PURE__*/ (() => {
const Form_root_1fe57ded2a695f2d371ab6853ba152fd_2d1ebb8e = memo(({children, ...rest}) => {
    
    const handleSubmit_21f4dde9f075af893673a04795520695 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["browse_q"] : getRefValue(refs["ref_browse_q"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___state____browse_state.submit_query", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_21f4dde9f075af893673a04795520695 }))},children)
    )
});
Form_root_1fe57ded2a695f2d371ab6853ba152fd_2d1ebb8e.displayName = "Form";
return Form_root_1fe57ded2a695f2d371ab6853ba152fd_2d1ebb8e;
})();

export const Foreach_comp_30559fa0141ca6159d8a50f66ad9a224_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_30559fa0141ca6159d8a50f66ad9a224_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____browse_state.category_options_rx_state_ ?? [],((opt_rx_state_,index_7dfb4b179d7643a8b12594121916b102)=>(jsx(RadixThemesBox,{css:({ ["paddingLeft"] : opt_rx_state_?.["indent"], ["width"] : "100%" }),key:index_7dfb4b179d7643a8b12594121916b102},jsx(RadixThemesLink,{"aria-current":(isTrue(opt_rx_state_?.["selected"]) ? "true" : "false"),asChild:true,className:"filter-option",css:({ ["color"] : "var(--gray-12)", ["display"] : "block", ["padding"] : "5px 8px", ["borderRadius"] : "6px", ["opacity"] : (isTrue(pyAnd(opt_rx_state_?.["muted"], () => (!(isTrue(opt_rx_state_?.["selected"]))))) ? "0.5" : "1"), ["background"] : (isTrue(opt_rx_state_?.["selected"]) ? "var(--violet-a3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }) }),underline:"none"},jsx(ReactRouterLink,{to:opt_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "16px", ["height"] : "16px", ["flexShrink"] : "0", ["borderRadius"] : "50%", ["border"] : (isTrue(opt_rx_state_?.["selected"]) ? "1.5px solid var(--violet-9)" : "1.5px solid var(--gray-a8)"), ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center" })},jsx(Fragment,{},(isTrue(opt_rx_state_?.["selected"])?(jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : "var(--violet-9)" })},))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",size:"2",weight:(isTrue(opt_rx_state_?.["selected"]) ? "bold" : "regular")},opt_rx_state_?.["name"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(true?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},opt_rx_state_?.["count"]))):(jsx(Fragment,{},)))))))))))
    )
});
Foreach_comp_30559fa0141ca6159d8a50f66ad9a224_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_30559fa0141ca6159d8a50f66ad9a224_2d1ebb8e;
})();

export const Foreach_comp_f6969e2f72d6d76bd2a18d63e4d6a811_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_f6969e2f72d6d76bd2a18d63e4d6a811_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____browse_state.rating_options_rx_state_ ?? [],((opt_rx_state_,index_6d4c7a54f173b616cc570750ef8b3a7d)=>(jsx(RadixThemesLink,{"aria-current":(isTrue(opt_rx_state_?.["selected"]) ? "true" : "false"),asChild:true,className:"filter-option",css:({ ["color"] : "var(--gray-12)", ["display"] : "block", ["padding"] : "5px 8px", ["borderRadius"] : "6px", ["opacity"] : "1", ["background"] : (isTrue(opt_rx_state_?.["selected"]) ? "var(--violet-a3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }) }),key:index_6d4c7a54f173b616cc570750ef8b3a7d,underline:"none"},jsx(ReactRouterLink,{to:opt_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "16px", ["height"] : "16px", ["flexShrink"] : "0", ["borderRadius"] : "50%", ["border"] : (isTrue(opt_rx_state_?.["selected"]) ? "1.5px solid var(--violet-9)" : "1.5px solid var(--gray-a8)"), ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center" })},jsx(Fragment,{},(isTrue(opt_rx_state_?.["selected"])?(jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : "var(--violet-9)" })},))):(jsx(Fragment,{},))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["display"] : "inline-block", ["fontSize"] : "13px", ["lineHeight"] : "1", ["letterSpacing"] : "1px" })},jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--gray-a6)" })},"\u2605\u2605\u2605\u2605\u2605"),jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : opt_rx_state_?.["stars"], ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" })},"\u2605\u2605\u2605\u2605\u2605")),jsx(RadixThemesText,{as:"p",size:"2"},opt_rx_state_?.["label"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},)))))))
    )
});
Foreach_comp_f6969e2f72d6d76bd2a18d63e4d6a811_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_f6969e2f72d6d76bd2a18d63e4d6a811_2d1ebb8e;
})();

export const Foreach_comp_d557736ab7f743a44c9f11a6116356ab_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_d557736ab7f743a44c9f11a6116356ab_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____browse_state.level_options_rx_state_ ?? [],((opt_rx_state_,index_5c2178940e4acfe655375de9949b6cf2)=>(jsx(RadixThemesLink,{"aria-current":(isTrue(opt_rx_state_?.["selected"]) ? "true" : "false"),asChild:true,className:"filter-option",css:({ ["color"] : "var(--gray-12)", ["display"] : "block", ["padding"] : "5px 8px", ["borderRadius"] : "6px", ["opacity"] : (isTrue(pyAnd(opt_rx_state_?.["muted"], () => (!(isTrue(opt_rx_state_?.["selected"]))))) ? "0.5" : "1"), ["background"] : (isTrue(opt_rx_state_?.["selected"]) ? "var(--violet-a3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }) }),key:index_5c2178940e4acfe655375de9949b6cf2,underline:"none"},jsx(ReactRouterLink,{to:opt_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "16px", ["height"] : "16px", ["flexShrink"] : "0", ["borderRadius"] : "50%", ["border"] : (isTrue(opt_rx_state_?.["selected"]) ? "1.5px solid var(--violet-9)" : "1.5px solid var(--gray-a8)"), ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center" })},jsx(Fragment,{},(isTrue(opt_rx_state_?.["selected"])?(jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : "var(--violet-9)" })},))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",size:"2"},opt_rx_state_?.["label"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(true?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},opt_rx_state_?.["count"]))):(jsx(Fragment,{},))))))))))
    )
});
Foreach_comp_d557736ab7f743a44c9f11a6116356ab_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_d557736ab7f743a44c9f11a6116356ab_2d1ebb8e;
})();

export const Foreach_comp_5c1ef8d0a281756a01affffec12a5277_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_5c1ef8d0a281756a01affffec12a5277_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____browse_state.language_options_rx_state_ ?? [],((opt_rx_state_,index_5c2178940e4acfe655375de9949b6cf2)=>(jsx(RadixThemesLink,{"aria-current":(isTrue(opt_rx_state_?.["selected"]) ? "true" : "false"),asChild:true,className:"filter-option",css:({ ["color"] : "var(--gray-12)", ["display"] : "block", ["padding"] : "5px 8px", ["borderRadius"] : "6px", ["opacity"] : (isTrue(pyAnd(opt_rx_state_?.["muted"], () => (!(isTrue(opt_rx_state_?.["selected"]))))) ? "0.5" : "1"), ["background"] : (isTrue(opt_rx_state_?.["selected"]) ? "var(--violet-a3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }) }),key:index_5c2178940e4acfe655375de9949b6cf2,underline:"none"},jsx(ReactRouterLink,{to:opt_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "16px", ["height"] : "16px", ["flexShrink"] : "0", ["borderRadius"] : "50%", ["border"] : (isTrue(opt_rx_state_?.["selected"]) ? "1.5px solid var(--violet-9)" : "1.5px solid var(--gray-a8)"), ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center" })},jsx(Fragment,{},(isTrue(opt_rx_state_?.["selected"])?(jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : "var(--violet-9)" })},))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",size:"2"},opt_rx_state_?.["label"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(true?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},opt_rx_state_?.["count"]))):(jsx(Fragment,{},))))))))))
    )
});
Foreach_comp_5c1ef8d0a281756a01affffec12a5277_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_5c1ef8d0a281756a01affffec12a5277_2d1ebb8e;
})();

export const Cond_comp_cd99eb1d3bbf0130c6a70e4f208d7e88_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_cd99eb1d3bbf0130c6a70e4f208d7e88_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____browse_state.language_options_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cd99eb1d3bbf0130c6a70e4f208d7e88_2d1ebb8e.displayName = "Cond";
return Cond_comp_cd99eb1d3bbf0130c6a70e4f208d7e88_2d1ebb8e;
})();

export const Switch_switch_7304cfcae659ead97d708e53885f7eea_2d1ebb8e = /*#__PURE__*/ (() => {
const Switch_switch_7304cfcae659ead97d708e53885f7eea_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_filter_free = useRef(null); refs["ref_filter_free"] = ref_filter_free;
const on_change_132c87ea9c06e4d7fa583ff0ecf7e669 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___state____browse_state.toggle_free", ({ ["checked"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ "aria-label":"Free courses only", checked:reflex___state____state__udemy_clone___catalog___state____browse_state.free_rx_state_, id:"filter-free", onCheckedChange:on_change_132c87ea9c06e4d7fa583ff0ecf7e669, ref:ref_filter_free }))},)
    )
});
Switch_switch_7304cfcae659ead97d708e53885f7eea_2d1ebb8e.displayName = "Switch";
return Switch_switch_7304cfcae659ead97d708e53885f7eea_2d1ebb8e;
})();

export const Textfieldroot_textfield__root_299a98ee625095e8b883c1884167af15_2d1ebb8e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_299a98ee625095e8b883c1884167af15_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_filter_min_price = useRef(null); refs["ref_filter_min_price"] = ref_filter_min_price;
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-label":"Minimum price", css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___catalog___state____browse_state.min_price_rx_state_, id:"filter-min-price", key:reflex___state____state__udemy_clone___catalog___state____browse_state.min_price_rx_state_, min:"0", name:"min_price", placeholder:"Min", ref:ref_filter_min_price, size:"2", type:"number" }))},)
    )
});
Textfieldroot_textfield__root_299a98ee625095e8b883c1884167af15_2d1ebb8e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_299a98ee625095e8b883c1884167af15_2d1ebb8e;
})();

export const Textfieldroot_textfield__root_885b501fe47b17e7ced03803af39b308_2d1ebb8e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_885b501fe47b17e7ced03803af39b308_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_filter_max_price = useRef(null); refs["ref_filter_max_price"] = ref_filter_max_price;
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-label":"Maximum price", css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___catalog___state____browse_state.max_price_rx_state_, id:"filter-max-price", key:reflex___state____state__udemy_clone___catalog___state____browse_state.max_price_rx_state_, min:"0", name:"max_price", placeholder:"Max", ref:ref_filter_max_price, size:"2", type:"number" }))},)
    )
});
Textfieldroot_textfield__root_885b501fe47b17e7ced03803af39b308_2d1ebb8e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_885b501fe47b17e7ced03803af39b308_2d1ebb8e;
})();

export const Form_root_4f568bd4455f878dad54a41167e213a8_2d1ebb8e = /*#__PURE__*/ (() => {
const Form_root_4f568bd4455f878dad54a41167e213a8_2d1ebb8e = memo(({children, ...rest}) => {
    
    const handleSubmit_a556370166b69531345d6304ab5bff7c = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["filter_min_price"] : getRefValue(refs["ref_filter_min_price"]), ["filter_max_price"] : getRefValue(refs["ref_filter_max_price"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___state____browse_state.apply_price", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%", ["paddingInlineStart"] : "8px", ["paddingInlineEnd"] : "8px", ["paddingTop"] : "4px" }), onSubmit:handleSubmit_a556370166b69531345d6304ab5bff7c }))},children)
    )
});
Form_root_4f568bd4455f878dad54a41167e213a8_2d1ebb8e.displayName = "Form";
return Form_root_4f568bd4455f878dad54a41167e213a8_2d1ebb8e;
})();

export const Dialogroot_dialog__root_4b077d5604688c3a5f2eba3bb8df6a8b_2d1ebb8e = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_4b077d5604688c3a5f2eba3bb8df6a8b_2d1ebb8e = memo(({children, ...rest}) => {
    const on_open_change_a4049a560088fc82e55ce384d2cdf28f = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___state____browse_state.set_show_filters", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_a4049a560088fc82e55ce384d2cdf28f, open:reflex___state____state__udemy_clone___catalog___state____browse_state.show_filters_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_4b077d5604688c3a5f2eba3bb8df6a8b_2d1ebb8e.displayName = "DialogRoot";
return Dialogroot_dialog__root_4b077d5604688c3a5f2eba3bb8df6a8b_2d1ebb8e;
})();

export const Foreach_comp_31760e8c60e20cad980b6659cc1e3daa_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_31760e8c60e20cad980b6659cc1e3daa_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____browse_state.active_filters_rx_state_ ?? [],((chip_rx_state_,index_77df2521747a92593d093e3a8ee85c85)=>(jsx(RadixThemesLink,{"aria-label":("Remove filter "+chip_rx_state_?.["label"]),asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),key:index_77df2521747a92593d093e3a8ee85c85,underline:"none"},jsx(ReactRouterLink,{to:chip_rx_state_?.["href"]},jsx(RadixThemesBadge,{css:({ ["padding"] : "4px 10px" }),radius:"full",size:"2",variant:"soft"},chip_rx_state_?.["label"],jsx(LucideX,{size:12},)))))))
    )
});
Foreach_comp_31760e8c60e20cad980b6659cc1e3daa_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_31760e8c60e20cad980b6659cc1e3daa_2d1ebb8e;
})();

export const Link_link_b7d7ad1e88c0aeaa32e24a3d4431ff1e_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_b7d7ad1e88c0aeaa32e24a3d4431ff1e_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_clear_filters = useRef(null); refs["ref_clear_filters"] = ref_clear_filters;
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"clear-filters", ref:ref_clear_filters, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___catalog___state____browse_state.clear_href_rx_state_},"Clear all"))
    )
});
Link_link_b7d7ad1e88c0aeaa32e24a3d4431ff1e_2d1ebb8e.displayName = "Link";
return Link_link_b7d7ad1e88c0aeaa32e24a3d4431ff1e_2d1ebb8e;
})();

export const Cond_comp_644a48c3efa384121259e842ce21b393_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_644a48c3efa384121259e842ce21b393_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        (reflex___state____state__udemy_clone___catalog___state____browse_state.has_filters_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_644a48c3efa384121259e842ce21b393_2d1ebb8e.displayName = "Cond";
return Cond_comp_644a48c3efa384121259e842ce21b393_2d1ebb8e;
})();

export const Selectroot_select__root_72ed21768100b37b845fde21cc38209f_2d1ebb8e = /*#__PURE__*/ (() => {
const Selectroot_select__root_72ed21768100b37b845fde21cc38209f_2d1ebb8e = memo(({children, ...rest}) => {
    const on_change_d87a9662bff9119ffe3fbde76c565e6e = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___state____browse_state.choose_sort", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_d87a9662bff9119ffe3fbde76c565e6e, size:"2", value:reflex___state____state__udemy_clone___catalog___state____browse_state.sort_rx_state_ }))},children)
    )
});
Selectroot_select__root_72ed21768100b37b845fde21cc38209f_2d1ebb8e.displayName = "SelectRoot";
return Selectroot_select__root_72ed21768100b37b845fde21cc38209f_2d1ebb8e;
})();

export const Foreach_comp_208f957196fcffa25d529b96e7fce0de_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_208f957196fcffa25d529b96e7fce0de_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____browse_state.results_rx_state_ ?? [],((course_rx_state_,index_e37003ce75507ba6128a601e4294d623)=>(jsx(RadixThemesLink,{"aria-label":course_rx_state_?.["title"],asChild:true,className:"course-card",css:({ ["&:hover .course-thumb-img"] : ({ ["transform"] : "scale(1.04)" }), ["&:hover .course-card-title"] : ({ ["color"] : "var(--violet-11)" }), ["&:focus-visible"] : ({ ["outline"] : "2px solid var(--violet-8)" }), ["display"] : "block", ["width"] : "100%", ["minWidth"] : "0", ["borderRadius"] : "12px", ["padding"] : "6px", ["margin"] : "-6px", ["transition"] : "background 0.15s ease", ["&:hover"] : ({ ["background"] : "var(--gray-a2)" }) }),key:index_e37003ce75507ba6128a601e4294d623,underline:"none"},jsx(ReactRouterLink,{to:course_rx_state_?.["href"]},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesBox,{css:({ ["aspectRatio"] : "16 / 9", ["width"] : "100%", ["overflow"] : "hidden", ["borderRadius"] : "10px", ["background"] : "var(--gray-a3)", ["border"] : "1px solid var(--gray-a3)" })},jsx(Fragment,{},(!((course_rx_state_?.["thumbnail"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx("img",{alt:course_rx_state_?.["title"],className:"course-thumb-img",css:({ ["width"] : "100%", ["height"] : "100%", ["objectFit"] : "cover", ["transition"] : "transform 0.25s ease" }),loading:"lazy",src:course_rx_state_?.["thumbnail"]},))):(jsx(Fragment,{},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["width"] : "100%", ["height"] : "100%", ["background"] : "linear-gradient(135deg, var(--violet-9), var(--indigo-10))" })},jsx(LucidePlay,{css:({ ["color"] : "white" }),size:36},))))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%", ["paddingInlineStart"] : "2px", ["paddingInlineEnd"] : "2px" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",className:"course-card-title",css:({ ["display"] : "-webkit-box", ["WebkitLineClamp"] : "2", ["WebkitBoxOrient"] : "vertical", ["overflow"] : "hidden", ["lineHeight"] : "1.3", ["color"] : "var(--gray-12)" }),size:"3",title:course_rx_state_?.["title"],weight:"bold"},course_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap", ["overflow"] : "hidden", ["textOverflow"] : "ellipsis", ["color"] : "var(--gray-11)" }),size:"1"},course_rx_state_?.["instructor"]),jsx(Fragment,{},(isTrue(course_rx_state_?.["has_rating"])?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--amber-11)" }),size:"2",weight:"bold"},course_rx_state_?.["rating"]),jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["display"] : "inline-block", ["fontSize"] : "14px", ["lineHeight"] : "1", ["letterSpacing"] : "1px" })},jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--gray-a6)" })},"\u2605\u2605\u2605\u2605\u2605"),jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : course_rx_state_?.["stars"], ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" })},"\u2605\u2605\u2605\u2605\u2605")),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},course_rx_state_?.["rating_count"])))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"No ratings yet"))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%", ["paddingTop"] : "2px" }),direction:"row",gap:"3"},jsx(RadixThemesText,{as:"p",className:"course-card-price",css:({ ["color"] : "var(--gray-12)" }),size:"3",weight:"bold"},course_rx_state_?.["price"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesBadge,{color:course_rx_state_?.["level_color"],radius:"full",size:"1",variant:"soft"},course_rx_state_?.["level"])))))))))
    )
});
Foreach_comp_208f957196fcffa25d529b96e7fce0de_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_208f957196fcffa25d529b96e7fce0de_2d1ebb8e;
})();

export const Grid_grid_bb0922fec8139507bd4d02cf25556029_2d1ebb8e = /*#__PURE__*/ (() => {
const Grid_grid_bb0922fec8139507bd4d02cf25556029_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_results = useRef(null); refs["ref_results"] = ref_results;
const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesGrid,{...mergeSlotProps(rest, ({ css:({ ["@media screen and (min-width: 0)"] : ({ ["gridTemplateColumns"] : "1fr", ["gap"] : "1.5rem" }), ["@media screen and (min-width: 30em)"] : ({ ["gridTemplateColumns"] : "repeat(2, minmax(0, 1fr))", ["gap"] : "1.5rem 1.25rem" }), ["@media screen and (min-width: 48em)"] : ({ ["gridTemplateColumns"] : "repeat(3, minmax(0, 1fr))" }), ["width"] : "100%", ["opacity"] : (reflex___state____state__udemy_clone___catalog___state____browse_state.searching_rx_state_ ? "0.45" : "1"), ["transition"] : "opacity 0.15s ease" }), id:"results", ref:ref_results }))},children)
    )
});
Grid_grid_bb0922fec8139507bd4d02cf25556029_2d1ebb8e.displayName = "Grid";
return Grid_grid_bb0922fec8139507bd4d02cf25556029_2d1ebb8e;
})();

export const Link_link_c5583869d5b1e86d9ccd4c5cd3f94ef6_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_c5583869d5b1e86d9ccd4c5cd3f94ef6_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":"Previous page", asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___catalog___state____browse_state.prev_href_rx_state_},jsx(RadixThemesIconButton,{color:"gray",css:({ ["padding"] : "6px" }),variant:"soft"},jsx(LucideChevronLeft,{size:16},))))
    )
});
Link_link_c5583869d5b1e86d9ccd4c5cd3f94ef6_2d1ebb8e.displayName = "Link";
return Link_link_c5583869d5b1e86d9ccd4c5cd3f94ef6_2d1ebb8e;
})();

export const Cond_comp_71a63c9e7d813e8385b27c701a117a57_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_71a63c9e7d813e8385b27c701a117a57_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___state____browse_state.prev_href_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_71a63c9e7d813e8385b27c701a117a57_2d1ebb8e.displayName = "Cond";
return Cond_comp_71a63c9e7d813e8385b27c701a117a57_2d1ebb8e;
})();

export const Foreach_comp_fdd38282c7424ada82db360c32b91693_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_fdd38282c7424ada82db360c32b91693_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____browse_state.pages_rx_state_ ?? [],((p_rx_state_,index_e7be19b7d831db5557c1c0d3fac2ab9d)=>(jsx(Fragment,{key:index_e7be19b7d831db5557c1c0d3fac2ab9d},(isTrue(p_rx_state_?.["gap"])?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)", ["paddingInlineStart"] : "4px", ["paddingInlineEnd"] : "4px" })},"\u2026"))):(jsx(Fragment,{},jsx(RadixThemesLink,{"aria-current":(isTrue(p_rx_state_?.["current"]) ? "page" : "false"),asChild:true,className:"page-link",css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:p_rx_state_?.["href"]},jsx(RadixThemesButton,{color:(isTrue(p_rx_state_?.["current"]) ? "violet" : "gray"),css:({ ["minWidth"] : "36px" }),size:"2",variant:(isTrue(p_rx_state_?.["current"]) ? "solid" : "soft")},p_rx_state_?.["label"]))))))))))
    )
});
Foreach_comp_fdd38282c7424ada82db360c32b91693_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_fdd38282c7424ada82db360c32b91693_2d1ebb8e;
})();

export const Link_link_e5236d538a4fb0e7fe46b92e79c58dcb_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_e5236d538a4fb0e7fe46b92e79c58dcb_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":"Next page", asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___catalog___state____browse_state.next_href_rx_state_},jsx(RadixThemesIconButton,{color:"gray",css:({ ["padding"] : "6px" }),variant:"soft"},jsx(LucideChevronRight,{size:16},))))
    )
});
Link_link_e5236d538a4fb0e7fe46b92e79c58dcb_2d1ebb8e.displayName = "Link";
return Link_link_e5236d538a4fb0e7fe46b92e79c58dcb_2d1ebb8e;
})();

export const Cond_comp_8d0b7cec3a439843f9732988f058d77a_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_8d0b7cec3a439843f9732988f058d77a_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___state____browse_state.next_href_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8d0b7cec3a439843f9732988f058d77a_2d1ebb8e.displayName = "Cond";
return Cond_comp_8d0b7cec3a439843f9732988f058d77a_2d1ebb8e;
})();

export const Cond_comp_7657a7f89bdd3e927176672e252f509b_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_7657a7f89bdd3e927176672e252f509b_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____browse_state.pages_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7657a7f89bdd3e927176672e252f509b_2d1ebb8e.displayName = "Cond";
return Cond_comp_7657a7f89bdd3e927176672e252f509b_2d1ebb8e;
})();

export const Bare_comp_7f5abe0674ec424028a69a11d18c4e2e_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_7f5abe0674ec424028a69a11d18c4e2e_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        (reflex___state____state__udemy_clone___catalog___state____browse_state.has_filters_rx_state_ ? ", or remove a filter" : "")
    )
});
Bare_comp_7f5abe0674ec424028a69a11d18c4e2e_2d1ebb8e.displayName = "Bare";
return Bare_comp_7f5abe0674ec424028a69a11d18c4e2e_2d1ebb8e;
})();

export const Link_link_f29f5a04b2749da3bb5a6f9840dea1d8_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_f29f5a04b2749da3bb5a6f9840dea1d8_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___catalog___state____browse_state.clear_href_rx_state_},jsx(RadixThemesButton,{variant:"soft"},"Clear filters")))
    )
});
Link_link_f29f5a04b2749da3bb5a6f9840dea1d8_2d1ebb8e.displayName = "Link";
return Link_link_f29f5a04b2749da3bb5a6f9840dea1d8_2d1ebb8e;
})();

export const Cond_comp_dccfee9fc8d9d2c69e62cd6b62c249b2_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_dccfee9fc8d9d2c69e62cd6b62c249b2_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____browse_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____browse_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____browse_state.total_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dccfee9fc8d9d2c69e62cd6b62c249b2_2d1ebb8e.displayName = "Cond";
return Cond_comp_dccfee9fc8d9d2c69e62cd6b62c249b2_2d1ebb8e;
})();

export const Bare_comp_556993176d9a932de162ae64f28d833e_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_556993176d9a932de162ae64f28d833e_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["status_label"]
    )
});
Bare_comp_556993176d9a932de162ae64f28d833e_2d1ebb8e.displayName = "Bare";
return Bare_comp_556993176d9a932de162ae64f28d833e_2d1ebb8e;
})();

export const Cond_comp_1c08b745c4b23d5efef18f6022a5e209_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_1c08b745c4b23d5efef18f6022a5e209_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        (!(reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["is_published"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1c08b745c4b23d5efef18f6022a5e209_2d1ebb8e.displayName = "Cond";
return Cond_comp_1c08b745c4b23d5efef18f6022a5e209_2d1ebb8e;
})();

export const Foreach_comp_f96bc0cf7c111b4e24b9ac4b979a52a5_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_f96bc0cf7c111b4e24b9ac4b979a52a5_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["breadcrumb"] ?? [],((crumb_rx_state_,i_rx_state_)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",key:i_rx_state_,gap:"1"},jsx(Fragment,{},((i_rx_state_ > 0)?(jsx(Fragment,{},jsx(LucideChevronRight,{css:({ ["color"] : "rgba(255,255,255,0.5)" }),size:14},))):(jsx(Fragment,{},)))),jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "var(--violet-7)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"2",weight:"medium"},jsx(ReactRouterLink,{to:crumb_rx_state_?.["href"]},crumb_rx_state_?.["name"]))))))
    )
});
Foreach_comp_f96bc0cf7c111b4e24b9ac4b979a52a5_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_f96bc0cf7c111b4e24b9ac4b979a52a5_2d1ebb8e;
})();

export const Bare_comp_25060aa1c32a403ae892551d21944497_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_25060aa1c32a403ae892551d21944497_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["title"]
    )
});
Bare_comp_25060aa1c32a403ae892551d21944497_2d1ebb8e.displayName = "Bare";
return Bare_comp_25060aa1c32a403ae892551d21944497_2d1ebb8e;
})();

export const Bare_comp_78fdfbfe89136274ea97af8b6e30a708_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_78fdfbfe89136274ea97af8b6e30a708_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["subtitle"]
    )
});
Bare_comp_78fdfbfe89136274ea97af8b6e30a708_2d1ebb8e.displayName = "Bare";
return Bare_comp_78fdfbfe89136274ea97af8b6e30a708_2d1ebb8e;
})();

export const Bare_comp_ec7ec731c684ea22d8e1da6e943c3d16_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_ec7ec731c684ea22d8e1da6e943c3d16_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["rating"]
    )
});
Bare_comp_ec7ec731c684ea22d8e1da6e943c3d16_2d1ebb8e.displayName = "Bare";
return Bare_comp_ec7ec731c684ea22d8e1da6e943c3d16_2d1ebb8e;
})();

export const Text_text_c2c730615ea4fa10bed8fa6dcb324eb5_2d1ebb8e = /*#__PURE__*/ (() => {
const Text_text_c2c730615ea4fa10bed8fa6dcb324eb5_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"span", css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["stars"], ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" }) }))},children)
    )
});
Text_text_c2c730615ea4fa10bed8fa6dcb324eb5_2d1ebb8e.displayName = "Text";
return Text_text_c2c730615ea4fa10bed8fa6dcb324eb5_2d1ebb8e;
})();

export const Link_link_9a221782e4ec08839d99aa5a1401185a_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_9a221782e4ec08839d99aa5a1401185a_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "var(--violet-6)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"#reviews"},"(",reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["rating_count"],")"))
    )
});
Link_link_9a221782e4ec08839d99aa5a1401185a_2d1ebb8e.displayName = "Link";
return Link_link_9a221782e4ec08839d99aa5a1401185a_2d1ebb8e;
})();

export const Cond_comp_93808e93567b355cf6ddd70f50d4b28d_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_93808e93567b355cf6ddd70f50d4b28d_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        (reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["has_rating"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_93808e93567b355cf6ddd70f50d4b28d_2d1ebb8e.displayName = "Cond";
return Cond_comp_93808e93567b355cf6ddd70f50d4b28d_2d1ebb8e;
})();

export const Bare_comp_2d22f7269be25cb7cca19d866c5df46a_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_2d22f7269be25cb7cca19d866c5df46a_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["students"]
    )
});
Bare_comp_2d22f7269be25cb7cca19d866c5df46a_2d1ebb8e.displayName = "Bare";
return Bare_comp_2d22f7269be25cb7cca19d866c5df46a_2d1ebb8e;
})();

export const Link_link_5266f1493a934b32928b199f49128862_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_5266f1493a934b32928b199f49128862_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "var(--violet-6)", ["textDecoration"] : "underline", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:"#instructor"},reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["instructor"]))
    )
});
Link_link_5266f1493a934b32928b199f49128862_2d1ebb8e.displayName = "Link";
return Link_link_5266f1493a934b32928b199f49128862_2d1ebb8e;
})();

export const Bare_comp_5f6186d0c8d62ab52875c84a73bc2c1c_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_5f6186d0c8d62ab52875c84a73bc2c1c_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["updated"]
    )
});
Bare_comp_5f6186d0c8d62ab52875c84a73bc2c1c_2d1ebb8e.displayName = "Bare";
return Bare_comp_5f6186d0c8d62ab52875c84a73bc2c1c_2d1ebb8e;
})();

export const Bare_comp_266762f3a4393790ed7cdb5a09455115_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_266762f3a4393790ed7cdb5a09455115_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["language"]
    )
});
Bare_comp_266762f3a4393790ed7cdb5a09455115_2d1ebb8e.displayName = "Bare";
return Bare_comp_266762f3a4393790ed7cdb5a09455115_2d1ebb8e;
})();

export const Bare_comp_8c36ded3b924b2f734f63e6d8bf26bdb_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_8c36ded3b924b2f734f63e6d8bf26bdb_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["level"]
    )
});
Bare_comp_8c36ded3b924b2f734f63e6d8bf26bdb_2d1ebb8e.displayName = "Bare";
return Bare_comp_8c36ded3b924b2f734f63e6d8bf26bdb_2d1ebb8e;
})();

export const Foreach_comp_411285fddc949f08f1c620a502a0bee0_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_411285fddc949f08f1c620a502a0bee0_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["learn_points"] ?? [],((point_rx_state_,index_32d009e3fe96ae7b2ad66fb6df985456)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",key:index_32d009e3fe96ae7b2ad66fb6df985456,gap:"2"},jsx(LucideCheck,{css:({ ["color"] : "var(--violet-11)", ["flexShrink"] : "0", ["marginTop"] : "3px" }),size:16},),jsx(RadixThemesText,{as:"p",size:"2"},point_rx_state_)))))
    )
});
Foreach_comp_411285fddc949f08f1c620a502a0bee0_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_411285fddc949f08f1c620a502a0bee0_2d1ebb8e;
})();

export const Cond_comp_cab687eea14c018db85a6ef0dff3084c_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_cab687eea14c018db85a6ef0dff3084c_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["learn_points"].length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cab687eea14c018db85a6ef0dff3084c_2d1ebb8e.displayName = "Cond";
return Cond_comp_cab687eea14c018db85a6ef0dff3084c_2d1ebb8e;
})();

export const Bare_comp_5325f6cc1f9a7e8d0c0243f11e960a6e_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_5325f6cc1f9a7e8d0c0243f11e960a6e_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["sections"]
    )
});
Bare_comp_5325f6cc1f9a7e8d0c0243f11e960a6e_2d1ebb8e.displayName = "Bare";
return Bare_comp_5325f6cc1f9a7e8d0c0243f11e960a6e_2d1ebb8e;
})();

export const Bare_comp_40fa36c87010011591ea971b59630a9f_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_40fa36c87010011591ea971b59630a9f_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["lectures"]
    )
});
Bare_comp_40fa36c87010011591ea971b59630a9f_2d1ebb8e.displayName = "Bare";
return Bare_comp_40fa36c87010011591ea971b59630a9f_2d1ebb8e;
})();

export const Bare_comp_a6e766d361627bf73aee852620b05afb_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_a6e766d361627bf73aee852620b05afb_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["length"]
    )
});
Bare_comp_a6e766d361627bf73aee852620b05afb_2d1ebb8e.displayName = "Bare";
return Bare_comp_a6e766d361627bf73aee852620b05afb_2d1ebb8e;
})();

export const Button_button_31c2c53828fc9131d42a31744533a232_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_31c2c53828fc9131d42a31744533a232_2d1ebb8e = memo(({children, ...rest}) => {
    const on_click_de7608bb4251b9188ac9b16a46dd418e = useCallback(((_e) => (addEvents([(ReflexEvent("_call_script", ({ ["javascript_code"] : "(() => { const all = document.querySelectorAll('#curriculum details'); const open = Array.from(all).some(d => !d.open); all.forEach(d => { d.open = open; }); })()", ["callback"] : null }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_de7608bb4251b9188ac9b16a46dd418e, size:"2", variant:"ghost" }))},children)
    )
});
Button_button_31c2c53828fc9131d42a31744533a232_2d1ebb8e.displayName = "Button";
return Button_button_31c2c53828fc9131d42a31744533a232_2d1ebb8e;
})();

export const Foreach_comp_519bc8a4d4bb6b5fb3ed652cf6e85587_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_519bc8a4d4bb6b5fb3ed652cf6e85587_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____course_page_state.sections_rx_state_ ?? [],((section_rx_state_,index_3aada7d91aed81c217c3e73a1396407b)=>(jsx("details",{className:"curriculum-section",css:({ ["&[open] .section-chevron"] : ({ ["transform"] : "rotate(180deg)" }), ["& .section-chevron"] : ({ ["transition"] : "transform 0.15s ease" }), ["&:last-child"] : ({ ["borderBottom"] : "none" }), ["borderBottom"] : "1px solid var(--gray-a5)" }),key:index_3aada7d91aed81c217c3e73a1396407b,open:section_rx_state_?.["open"]},jsx("summary",{css:({ ["&::-webkit-details-marker"] : ({ ["display"] : "none" }), ["padding"] : "0.85rem 1rem", ["background"] : "var(--gray-2)", ["cursor"] : "pointer", ["listStyle"] : "none" })},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(LucideChevronDown,{className:"section-chevron",size:18},),jsx(RadixThemesText,{as:"p",css:({ ["flex"] : "1" }),size:"3",weight:"bold"},section_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)", ["whiteSpace"] : "nowrap", ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "block" }) }),size:"2"},section_rx_state_?.["summary"])),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)", ["@media screen and (min-width: 0)"] : ({ ["display"] : "block" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["paddingLeft"] : "26px" }),size:"1"},section_rx_state_?.["summary"])),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["padding"] : "0.9rem 1rem 1rem 1rem", ["width"] : "100%" }),direction:"column",gap:"3"},Array.prototype.map.call(section_rx_state_?.["lectures"] ?? [],((lecture_rx_state_,index_4f53f2a3af2bc184e78e68e0339354d9)=>(jsx(RadixThemesFlex,{align:"center",className:"rx-Stack lecture-row",css:({ ["width"] : "100%" }),direction:"row",key:index_4f53f2a3af2bc184e78e68e0339354d9,gap:"3"},jsx(DynamicIcon,{css:({ ["color"] : (isTrue(lecture_rx_state_?.["is_preview"]) ? "var(--violet-11)" : "var(--gray-10)"), ["flexShrink"] : "0" }),name:(isTrue(lecture_rx_state_?.["is_preview"]) ? "circle-play" : "file-video").replaceAll("_", "-"),size:16},),jsx(Fragment,{},(isTrue(lecture_rx_state_?.["is_preview"])?(jsx(Fragment,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"2",underline:"always"},jsx(ReactRouterLink,{to:lecture_rx_state_?.["href"]},lecture_rx_state_?.["title"])))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"2"},lecture_rx_state_?.["title"]))))),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(isTrue(lecture_rx_state_?.["is_preview"])?(jsx(Fragment,{},jsx(RadixThemesLink,{asChild:true,className:"preview-link",css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"2",weight:"medium"},jsx(ReactRouterLink,{to:lecture_rx_state_?.["href"]},"Preview")))):(jsx(Fragment,{},)))),jsx(RadixThemesText,{as:"p",className:"lecture-duration",css:({ ["color"] : "var(--gray-11)", ["minWidth"] : "3.2em", ["textAlign"] : "right", ["fontVariantNumeric"] : "tabular-nums" }),size:"2"},lecture_rx_state_?.["duration"]))))))))))
    )
});
Foreach_comp_519bc8a4d4bb6b5fb3ed652cf6e85587_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_519bc8a4d4bb6b5fb3ed652cf6e85587_2d1ebb8e;
})();

export const Cond_comp_ed3af6882ba61cbfc88949055b0ff8bf_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_ed3af6882ba61cbfc88949055b0ff8bf_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____course_page_state.sections_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ed3af6882ba61cbfc88949055b0ff8bf_2d1ebb8e.displayName = "Cond";
return Cond_comp_ed3af6882ba61cbfc88949055b0ff8bf_2d1ebb8e;
})();

export const Markdown_reactmarkdown_2d136c0b406e2ef515cb95eb9d210dc2_2d1ebb8e = /*#__PURE__*/ (() => {
const Markdown_reactmarkdown_2d136c0b406e2ef515cb95eb9d210dc2_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx(ReactMarkdown,{...mergeSlotProps(rest, ({ components:ComponentMap_f565948e3b685d7563def775618dc76f(), rehypePlugins:[rehypeUnwrapImages], remarkPlugins:[remarkGfm] }))},reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["about"])
    )
});
Markdown_reactmarkdown_2d136c0b406e2ef515cb95eb9d210dc2_2d1ebb8e.displayName = "Markdown";
return Markdown_reactmarkdown_2d136c0b406e2ef515cb95eb9d210dc2_2d1ebb8e;
})();

export const Foreach_comp_4d8c54e1462e7f3c62a1e8324fad2ae2_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_4d8c54e1462e7f3c62a1e8324fad2ae2_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["tags"] ?? [],((tag_rx_state_,index_32f0be4851357917bdd83913db2c75be)=>(jsx(RadixThemesBadge,{color:"gray",key:index_32f0be4851357917bdd83913db2c75be,radius:"full",variant:"outline"},tag_rx_state_))))
    )
});
Foreach_comp_4d8c54e1462e7f3c62a1e8324fad2ae2_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_4d8c54e1462e7f3c62a1e8324fad2ae2_2d1ebb8e;
})();

export const Cond_comp_2de6d4a2fc3b4cd4089cfa1593e2d4ed_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_2de6d4a2fc3b4cd4089cfa1593e2d4ed_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["tags"].length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2de6d4a2fc3b4cd4089cfa1593e2d4ed_2d1ebb8e.displayName = "Cond";
return Cond_comp_2de6d4a2fc3b4cd4089cfa1593e2d4ed_2d1ebb8e;
})();

export const Cond_comp_505e38cc1c3a58dfdd56a475beffba1d_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_505e38cc1c3a58dfdd56a475beffba1d_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["about"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_505e38cc1c3a58dfdd56a475beffba1d_2d1ebb8e.displayName = "Cond";
return Cond_comp_505e38cc1c3a58dfdd56a475beffba1d_2d1ebb8e;
})();

export const Avatar_avatar_b11949e17174124b734cd4204b793ce3_2d1ebb8e = /*#__PURE__*/ (() => {
const Avatar_avatar_b11949e17174124b734cd4204b793ce3_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx(RadixThemesAvatar,{...mergeSlotProps(rest, ({ color:"violet", fallback:reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["instructor_initials"], radius:"full", size:"6" }))},)
    )
});
Avatar_avatar_b11949e17174124b734cd4204b793ce3_2d1ebb8e.displayName = "Avatar";
return Avatar_avatar_b11949e17174124b734cd4204b793ce3_2d1ebb8e;
})();

export const Bare_comp_18867f6f6cc8556a42f451b350b34429_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_18867f6f6cc8556a42f451b350b34429_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["instructor"]
    )
});
Bare_comp_18867f6f6cc8556a42f451b350b34429_2d1ebb8e.displayName = "Bare";
return Bare_comp_18867f6f6cc8556a42f451b350b34429_2d1ebb8e;
})();

export const Link_link_6cd4f0e617ed2df54ae98725835e1b67_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_6cd4f0e617ed2df54ae98725835e1b67_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:("/courses?q="+reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["instructor"])},"More courses by ",reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["instructor"]))
    )
});
Link_link_6cd4f0e617ed2df54ae98725835e1b67_2d1ebb8e.displayName = "Link";
return Link_link_6cd4f0e617ed2df54ae98725835e1b67_2d1ebb8e;
})();

export const Cond_comp_8f98b3b0e5e781a97969e81c1dc66a29_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_8f98b3b0e5e781a97969e81c1dc66a29_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____follow_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____follow_state")
const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("instructor:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_)))] ? reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("instructor:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_)))] : false)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8f98b3b0e5e781a97969e81c1dc66a29_2d1ebb8e.displayName = "Cond";
return Cond_comp_8f98b3b0e5e781a97969e81c1dc66a29_2d1ebb8e;
})();

export const Bare_comp_12082df1c1d467f8ac0be8bf775fd29c_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_12082df1c1d467f8ac0be8bf775fd29c_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____follow_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____follow_state")
const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("instructor:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_)))] ? reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("instructor:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_)))] : false) ? "Following" : "Follow")
    )
});
Bare_comp_12082df1c1d467f8ac0be8bf775fd29c_2d1ebb8e.displayName = "Bare";
return Bare_comp_12082df1c1d467f8ac0be8bf775fd29c_2d1ebb8e;
})();

export const Button_button_541f444154c5cecd5d0b1cb1240c9eae_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_541f444154c5cecd5d0b1cb1240c9eae_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
const on_click_2560fe88582e0f08113a42c9ff1a60fb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____follow_state.toggle_follow", ({ ["kind"] : "instructor", ["target_id"] : reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_ }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___catalog___state____course_page_state])
const reflex___state____state__udemy_clone___notifications___state____follow_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____follow_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ className:"follow-button follow-instructor", color:"violet", onClick:on_click_2560fe88582e0f08113a42c9ff1a60fb, size:"2", variant:((reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("instructor:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_)))] ? reflex___state____state__udemy_clone___notifications___state____follow_state.following_rx_state_?.[("instructor:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_)))] : false) ? "soft" : "solid") }))},children)
    )
});
Button_button_541f444154c5cecd5d0b1cb1240c9eae_2d1ebb8e.displayName = "Button";
return Button_button_541f444154c5cecd5d0b1cb1240c9eae_2d1ebb8e;
})();

export const Bare_comp_47d4c58da3c6389bb0bb1d2446535fc8_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_47d4c58da3c6389bb0bb1d2446535fc8_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____follow_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____follow_state")
const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___notifications___state____follow_state.followers_rx_state_?.[("instructor:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_)))]) ? reflex___state____state__udemy_clone___notifications___state____follow_state.followers_rx_state_?.[("instructor:"+(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_)))] : 0)
    )
});
Bare_comp_47d4c58da3c6389bb0bb1d2446535fc8_2d1ebb8e.displayName = "Bare";
return Bare_comp_47d4c58da3c6389bb0bb1d2446535fc8_2d1ebb8e;
})();

export const Hstack_flex_759df15610caeb80d5a4113440d1b890_2d1ebb8e = /*#__PURE__*/ (() => {
const Hstack_flex_759df15610caeb80d5a4113440d1b890_2d1ebb8e = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____follow_state.load_follow", ({ ["kind"] : "instructor", ["target_id"] : reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_ }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"center", className:"rx-Stack", direction:"row", gap:"2" }))},children)
    )
});
Hstack_flex_759df15610caeb80d5a4113440d1b890_2d1ebb8e.displayName = "HStack";
return Hstack_flex_759df15610caeb80d5a4113440d1b890_2d1ebb8e;
})();

export const Cond_comp_1caa63aaf6fcb869a4e4f8f6fc679273_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_1caa63aaf6fcb869a4e4f8f6fc679273_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____course_page_state.instructor_id_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1caa63aaf6fcb869a4e4f8f6fc679273_2d1ebb8e.displayName = "Cond";
return Cond_comp_1caa63aaf6fcb869a4e4f8f6fc679273_2d1ebb8e;
})();

export const Bare_comp_54e1a4234ff1054547b4a3c3f3f048c1_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_54e1a4234ff1054547b4a3c3f3f048c1_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.average_label_rx_state_
    )
});
Bare_comp_54e1a4234ff1054547b4a3c3f3f048c1_2d1ebb8e.displayName = "Bare";
return Bare_comp_54e1a4234ff1054547b4a3c3f3f048c1_2d1ebb8e;
})();

export const Text_text_1ddc6424ed9fc9041ec882e590b5eea9_2d1ebb8e = /*#__PURE__*/ (() => {
const Text_text_1ddc6424ed9fc9041ec882e590b5eea9_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"span", css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : reflex___state____state__udemy_clone___reviews___state____reviews_state.average_stars_rx_state_, ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" }) }))},children)
    )
});
Text_text_1ddc6424ed9fc9041ec882e590b5eea9_2d1ebb8e.displayName = "Text";
return Text_text_1ddc6424ed9fc9041ec882e590b5eea9_2d1ebb8e;
})();

export const Bare_comp_a86b7168f595f1fdf5a677477f3d2eb9_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_a86b7168f595f1fdf5a677477f3d2eb9_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.count_label_rx_state_
    )
});
Bare_comp_a86b7168f595f1fdf5a677477f3d2eb9_2d1ebb8e.displayName = "Bare";
return Bare_comp_a86b7168f595f1fdf5a677477f3d2eb9_2d1ebb8e;
})();

export const Foreach_comp_d68db9b34453ca7289ceea6ceb71ece0_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_d68db9b34453ca7289ceea6ceb71ece0_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
const ref_rating_bar_reflex_Var_4905073924393344192_reflex_Var_bar_rx_state__star_ = useRef(null); refs["ref_rating_bar_reflex_Var_4905073924393344192_reflex_Var_bar_rx_state__star_"] = ref_rating_bar_reflex_Var_4905073924393344192_reflex_Var_bar_rx_state__star_;
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___reviews___state____reviews_state.bars_rx_state_ ?? [],((bar_rx_state_,index_abe2eb5e9fc4b804e9bc608c7caecdaa)=>(jsx("button",{"aria-label":("Show only "+bar_rx_state_?.["star"]+"-star reviews"),"aria-pressed":((reflex___state____state__udemy_clone___reviews___state____reviews_state.star_filter_rx_state_?.valueOf?.() === bar_rx_state_?.["star"]?.valueOf?.()) ? "true" : "false"),css:({ ["all"] : "unset", ["cursor"] : "pointer", ["width"] : "100%", ["padding"] : "2px 6px", ["borderRadius"] : "6px", ["boxSizing"] : "border-box", ["background"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.star_filter_rx_state_?.valueOf?.() === bar_rx_state_?.["star"]?.valueOf?.()) ? "var(--violet-a3)" : "transparent"), ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }) }),key:index_abe2eb5e9fc4b804e9bc608c7caecdaa,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.toggle_star_filter", ({ ["star"] : bar_rx_state_?.["star"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["flex"] : "1", ["height"] : "8px", ["background"] : "var(--gray-a4)", ["borderRadius"] : "4px", ["overflow"] : "hidden", ["minWidth"] : "80px" })},jsx(RadixThemesBox,{css:({ ["height"] : "100%", ["width"] : bar_rx_state_?.["percent"], ["background"] : "var(--amber-9)", ["borderRadius"] : "4px" })},)),jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["display"] : "inline-block", ["fontSize"] : "13px", ["lineHeight"] : "1", ["letterSpacing"] : "1px" })},jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--gray-a6)" })},"\u2605\u2605\u2605\u2605\u2605"),jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : ((bar_rx_state_?.["star"] * 20)+"%"), ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" })},"\u2605\u2605\u2605\u2605\u2605")),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)", ["width"] : "3em", ["textAlign"] : "right" }),size:"1"},bar_rx_state_?.["percent"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)", ["width"] : "4.5em" }),id:("rating-bar-"+bar_rx_state_?.["star"]),ref:ref_rating_bar_reflex_Var_4905073924393344192_reflex_Var_bar_rx_state__star_,size:"1"},"(",bar_rx_state_?.["count"],")"))))))
    )
});
Foreach_comp_d68db9b34453ca7289ceea6ceb71ece0_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_d68db9b34453ca7289ceea6ceb71ece0_2d1ebb8e;
})();

export const Bare_comp_69b42a5df2693fb92bb55b0096a86d43_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_69b42a5df2693fb92bb55b0096a86d43_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.notice_rx_state_
    )
});
Bare_comp_69b42a5df2693fb92bb55b0096a86d43_2d1ebb8e.displayName = "Bare";
return Bare_comp_69b42a5df2693fb92bb55b0096a86d43_2d1ebb8e;
})();

export const Cond_comp_3aee9b197603e2ccf0411cdfc5fc868a_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_3aee9b197603e2ccf0411cdfc5fc868a_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3aee9b197603e2ccf0411cdfc5fc868a_2d1ebb8e.displayName = "Cond";
return Cond_comp_3aee9b197603e2ccf0411cdfc5fc868a_2d1ebb8e;
})();

export const Bare_comp_34ce41f21d10fe4bf7ad80c7c82a835b_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_34ce41f21d10fe4bf7ad80c7c82a835b_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.error_rx_state_
    )
});
Bare_comp_34ce41f21d10fe4bf7ad80c7c82a835b_2d1ebb8e.displayName = "Bare";
return Bare_comp_34ce41f21d10fe4bf7ad80c7c82a835b_2d1ebb8e;
})();

export const Cond_comp_392f7d4b6660e90c6b21cd22e568bbe5_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_392f7d4b6660e90c6b21cd22e568bbe5_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_392f7d4b6660e90c6b21cd22e568bbe5_2d1ebb8e.displayName = "Cond";
return Cond_comp_392f7d4b6660e90c6b21cd22e568bbe5_2d1ebb8e;
})();

export const Text_text_9246b174a9c84edaa1027c943232d54c_2d1ebb8e = /*#__PURE__*/ (() => {
const Text_text_9246b174a9c84edaa1027c943232d54c_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"span", css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : reflex___state____state__udemy_clone___reviews___state____reviews_state.mine_rx_state_?.["stars"], ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" }) }))},children)
    )
});
Text_text_9246b174a9c84edaa1027c943232d54c_2d1ebb8e.displayName = "Text";
return Text_text_9246b174a9c84edaa1027c943232d54c_2d1ebb8e;
})();

export const Button_button_9da048b0832b6f3d0a04b5a4aa95f4b7_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_9da048b0832b6f3d0a04b5a4aa95f4b7_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_edit_my_review = useRef(null); refs["ref_edit_my_review"] = ref_edit_my_review;
const on_click_01bce371023c58b8ded3268fc556d08e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.open_review_dialog", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"edit-my-review", onClick:on_click_01bce371023c58b8ded3268fc556d08e, ref:ref_edit_my_review, size:"1", variant:"soft" }))},children)
    )
});
Button_button_9da048b0832b6f3d0a04b5a4aa95f4b7_2d1ebb8e.displayName = "Button";
return Button_button_9da048b0832b6f3d0a04b5a4aa95f4b7_2d1ebb8e;
})();

export const Button_button_22cbd6bf8285c883a5b7e8be6c51880e_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_22cbd6bf8285c883a5b7e8be6c51880e_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_confirm_delete_review = useRef(null); refs["ref_confirm_delete_review"] = ref_confirm_delete_review;
const on_click_f2ce57789f440173596e4259c6d1cec4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.delete_my_review", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", id:"confirm-delete-review", onClick:on_click_f2ce57789f440173596e4259c6d1cec4, ref:ref_confirm_delete_review }))},children)
    )
});
Button_button_22cbd6bf8285c883a5b7e8be6c51880e_2d1ebb8e.displayName = "Button";
return Button_button_22cbd6bf8285c883a5b7e8be6c51880e_2d1ebb8e;
})();

export const Bare_comp_65416241397ec7f4581b102f6766e29f_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_65416241397ec7f4581b102f6766e29f_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.mine_rx_state_?.["hidden_reason"]
    )
});
Bare_comp_65416241397ec7f4581b102f6766e29f_2d1ebb8e.displayName = "Bare";
return Bare_comp_65416241397ec7f4581b102f6766e29f_2d1ebb8e;
})();

export const Cond_comp_d9f8f2c787ca993fbed7087ef6640b60_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_d9f8f2c787ca993fbed7087ef6640b60_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.mine_rx_state_?.["hidden"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d9f8f2c787ca993fbed7087ef6640b60_2d1ebb8e.displayName = "Cond";
return Cond_comp_d9f8f2c787ca993fbed7087ef6640b60_2d1ebb8e;
})();

export const Bare_comp_973e3fb3e154f73d1cfe62d582d935f7_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_973e3fb3e154f73d1cfe62d582d935f7_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.mine_rx_state_?.["comment"]
    )
});
Bare_comp_973e3fb3e154f73d1cfe62d582d935f7_2d1ebb8e.displayName = "Bare";
return Bare_comp_973e3fb3e154f73d1cfe62d582d935f7_2d1ebb8e;
})();

export const Button_button_332e1ee57928cd79ad3f690485d11245_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_332e1ee57928cd79ad3f690485d11245_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_leave_rating = useRef(null); refs["ref_leave_rating"] = ref_leave_rating;
const on_click_01bce371023c58b8ded3268fc556d08e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.open_review_dialog", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"leave-rating", onClick:on_click_01bce371023c58b8ded3268fc556d08e, ref:ref_leave_rating, size:"3" }))},children)
    )
});
Button_button_332e1ee57928cd79ad3f690485d11245_2d1ebb8e.displayName = "Button";
return Button_button_332e1ee57928cd79ad3f690485d11245_2d1ebb8e;
})();

export const Cond_comp_341dd14657375cc751993bc8dbd703b9_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_341dd14657375cc751993bc8dbd703b9_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.can_review_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_341dd14657375cc751993bc8dbd703b9_2d1ebb8e.displayName = "Cond";
return Cond_comp_341dd14657375cc751993bc8dbd703b9_2d1ebb8e;
})();

export const Cond_comp_319146f631ab846aa8d4542055034858_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_319146f631ab846aa8d4542055034858_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.has_mine_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_319146f631ab846aa8d4542055034858_2d1ebb8e.displayName = "Cond";
return Cond_comp_319146f631ab846aa8d4542055034858_2d1ebb8e;
})();

export const Bare_comp_7e3912f69a56a305a065a331574f022c_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_7e3912f69a56a305a065a331574f022c_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.total_label_rx_state_
    )
});
Bare_comp_7e3912f69a56a305a065a331574f022c_2d1ebb8e.displayName = "Bare";
return Bare_comp_7e3912f69a56a305a065a331574f022c_2d1ebb8e;
})();

export const Button_button_7ae1bf5fcecface9f99d8c99802df50f_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_7ae1bf5fcecface9f99d8c99802df50f_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_clear_star_filter = useRef(null); refs["ref_clear_star_filter"] = ref_clear_star_filter;
const on_click_7e75750d7c86e5a16d4280c6d2d4b0e4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.toggle_star_filter", ({ ["star"] : 0 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"clear-star-filter", onClick:on_click_7e75750d7c86e5a16d4280c6d2d4b0e4, ref:ref_clear_star_filter, size:"1", variant:"soft" }))},children)
    )
});
Button_button_7ae1bf5fcecface9f99d8c99802df50f_2d1ebb8e.displayName = "Button";
return Button_button_7ae1bf5fcecface9f99d8c99802df50f_2d1ebb8e;
})();

export const Cond_comp_5bcbf67a3db9ce43787f1d69832b8e50_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_5bcbf67a3db9ce43787f1d69832b8e50_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____reviews_state.star_filter_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bcbf67a3db9ce43787f1d69832b8e50_2d1ebb8e.displayName = "Cond";
return Cond_comp_5bcbf67a3db9ce43787f1d69832b8e50_2d1ebb8e;
})();

export const Selectroot_select__root_3cb67e1db2e682f277afb76907defee3_2d1ebb8e = /*#__PURE__*/ (() => {
const Selectroot_select__root_3cb67e1db2e682f277afb76907defee3_2d1ebb8e = memo(({children, ...rest}) => {
    const on_change_4ae8d196f8c70fad6e1d5be7d347f223 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.set_sort", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_4ae8d196f8c70fad6e1d5be7d347f223, size:"2", value:reflex___state____state__udemy_clone___reviews___state____reviews_state.sort_rx_state_ }))},children)
    )
});
Selectroot_select__root_3cb67e1db2e682f277afb76907defee3_2d1ebb8e.displayName = "SelectRoot";
return Selectroot_select__root_3cb67e1db2e682f277afb76907defee3_2d1ebb8e;
})();

export const Foreach_comp_d284abacd30a795f4f3bf7b6165df3c6_2d1ebb8e = /*#__PURE__*/ (() => {
const Foreach_comp_d284abacd30a795f4f3bf7b6165df3c6_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
const ref_review_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_review_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_"] = ref_review_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_;
const ref_helpful_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_helpful_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_"] = ref_helpful_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_;
const ref_report_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_report_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_"] = ref_report_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_;
const ref_helpful_count_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_helpful_count_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_"] = ref_helpful_count_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_;
const ref_reply_button_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_reply_button_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_"] = ref_reply_button_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_;
const ref_reply_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_reply_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_"] = ref_reply_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_;
const ref_reply_text_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_ = useRef(null); refs["ref_reply_text_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_"] = ref_reply_text_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_;
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___reviews___state____reviews_state.reviews_rx_state_ ?? [],((row_rx_state_,index_a03c4c25cdffad4841bb68b27100f08d)=>(jsx(RadixThemesBox,{className:"review-card",css:({ ["padding"] : "1rem 0", ["borderBottom"] : "1px solid var(--gray-a4)", ["width"] : "100%" }),id:("review-"+row_rx_state_?.["id"]),key:index_a03c4c25cdffad4841bb68b27100f08d,ref:ref_review_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesAvatar,{color:"violet",fallback:row_rx_state_?.["initials"],radius:"full",size:"3"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",className:"review-author",size:"2",weight:"bold"},row_rx_state_?.["author"]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2",wrap:"wrap"},jsx(RadixThemesBox,{"aria-hidden":"true",css:({ ["position"] : "relative", ["display"] : "inline-block", ["fontSize"] : "13px", ["lineHeight"] : "1", ["letterSpacing"] : "1px" })},jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--gray-a6)" })},"\u2605\u2605\u2605\u2605\u2605"),jsx(RadixThemesText,{as:"span",css:({ ["color"] : "var(--amber-9)", ["position"] : "absolute", ["left"] : "0", ["top"] : "0", ["width"] : row_rx_state_?.["stars"], ["overflow"] : "hidden", ["whiteSpace"] : "nowrap" })},"\u2605\u2605\u2605\u2605\u2605")),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},row_rx_state_?.["date"]),jsx(Fragment,{},(row_rx_state_?.["edited"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"(edited)"))):(jsx(Fragment,{},)))),jsx(RadixThemesBadge,{color:"gray",size:"1",variant:"soft"},row_rx_state_?.["progress_label"])))),jsx(RadixThemesText,{as:"p",className:"review-comment",css:({ ["overflowWrap"] : "anywhere", ["whiteSpace"] : "pre-wrap", ["marginTop"] : "0.6rem" }),size:"2"},row_rx_state_?.["comment"]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["marginTop"] : "0.6rem" }),direction:"row",gap:"3",wrap:"wrap"},jsx(Fragment,{},(row_rx_state_?.["is_mine"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"Your review"))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesButton,{"aria-pressed":(row_rx_state_?.["voted_helpful"] ? "true" : "false"),id:("helpful-"+row_rx_state_?.["id"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.toggle_helpful", ({ ["review_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),ref:ref_helpful_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_,size:"1",variant:(row_rx_state_?.["voted_helpful"] ? "solid" : "outline")},jsx(LucideThumbsUp,{size:14},),"Helpful"),jsx(RadixThemesButton,{color:"gray",id:("report-"+row_rx_state_?.["id"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.open_report", ({ ["review_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),ref:ref_report_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_,size:"1",variant:"ghost"},jsx(LucideFlag,{size:14},),"Report")))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),id:("helpful-count-"+row_rx_state_?.["id"]),ref:ref_helpful_count_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_,size:"1"},row_rx_state_?.["helpful_count"]," found this helpful"),jsx(Fragment,{},(reflex___state____state__udemy_clone___reviews___state____reviews_state.is_course_instructor_rx_state_?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{id:("reply-button-"+row_rx_state_?.["id"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.open_reply", ({ ["review_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),ref:ref_reply_button_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_,size:"1",variant:"ghost"},jsx(LucideReply,{size:14},),(row_rx_state_?.["has_reply"] ? "Edit reply" : "Reply")),jsx(Fragment,{},(row_rx_state_?.["has_reply"]?(jsx(Fragment,{},jsx(RadixThemesButton,{color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.remove_reply", ({ ["review_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"ghost"},"Remove reply"))):(jsx(Fragment,{},))))))):(jsx(Fragment,{},))))),jsx(Fragment,{},(row_rx_state_?.["has_reply"]?(jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["marginTop"] : "0.75rem", ["padding"] : "0.75rem 1rem", ["background"] : "var(--gray-a2)", ["borderLeft"] : "3px solid var(--violet-7)", ["borderRadius"] : "0 8px 8px 0" }),id:("reply-"+row_rx_state_?.["id"]),ref:ref_reply_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideCornerDownRight,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",size:"2"},"Response from ",jsx(RadixThemesStrong,{},row_rx_state_?.["reply_author"])),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},row_rx_state_?.["reply_date"])),jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "pre-wrap", ["marginTop"] : "0.35rem" }),id:("reply-text-"+row_rx_state_?.["id"]),ref:ref_reply_text_reflex_Var_5325049730387893237_reflex_Var_row_rx_state__id_,size:"2"},row_rx_state_?.["reply_body"])))):(jsx(Fragment,{},))))))))
    )
});
Foreach_comp_d284abacd30a795f4f3bf7b6165df3c6_2d1ebb8e.displayName = "Foreach";
return Foreach_comp_d284abacd30a795f4f3bf7b6165df3c6_2d1ebb8e;
})();

export const Bare_comp_7f010b6363c7609f61ad4e960f7c2787_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_7f010b6363c7609f61ad4e960f7c2787_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____reviews_state.star_filter_rx_state_ > 0) ? "No reviews with this rating yet." : "No written reviews yet.")
    )
});
Bare_comp_7f010b6363c7609f61ad4e960f7c2787_2d1ebb8e.displayName = "Bare";
return Bare_comp_7f010b6363c7609f61ad4e960f7c2787_2d1ebb8e;
})();

export const Cond_comp_7b8adf4f26b8fcefd9519f0893064bb6_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_7b8adf4f26b8fcefd9519f0893064bb6_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____reviews_state.reviews_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7b8adf4f26b8fcefd9519f0893064bb6_2d1ebb8e.displayName = "Cond";
return Cond_comp_7b8adf4f26b8fcefd9519f0893064bb6_2d1ebb8e;
})();

export const Button_button_05cab7fb31efa4efc4227273c3159b5b_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_05cab7fb31efa4efc4227273c3159b5b_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_reviews_prev = useRef(null); refs["ref_reviews_prev"] = ref_reviews_prev;
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
const on_click_d6e532596b1d4735cc1d2a932b25a622 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.go_to_page", ({ ["page"] : (reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___reviews___state____reviews_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_ <= 1), id:"reviews-prev", onClick:on_click_d6e532596b1d4735cc1d2a932b25a622, ref:ref_reviews_prev, size:"2", variant:"soft" }))},children)
    )
});
Button_button_05cab7fb31efa4efc4227273c3159b5b_2d1ebb8e.displayName = "Button";
return Button_button_05cab7fb31efa4efc4227273c3159b5b_2d1ebb8e;
})();

export const Bare_comp_052f62feab4f9bd6061c8cb6e58c2eb3_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_052f62feab4f9bd6061c8cb6e58c2eb3_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_
    )
});
Bare_comp_052f62feab4f9bd6061c8cb6e58c2eb3_2d1ebb8e.displayName = "Bare";
return Bare_comp_052f62feab4f9bd6061c8cb6e58c2eb3_2d1ebb8e;
})();

export const Bare_comp_26401573ee2d730b027fc1daba880427_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_26401573ee2d730b027fc1daba880427_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.page_count_rx_state_
    )
});
Bare_comp_26401573ee2d730b027fc1daba880427_2d1ebb8e.displayName = "Bare";
return Bare_comp_26401573ee2d730b027fc1daba880427_2d1ebb8e;
})();

export const Button_button_fc72aacafdc025767cc686869c1c642b_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_fc72aacafdc025767cc686869c1c642b_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_reviews_next = useRef(null); refs["ref_reviews_next"] = ref_reviews_next;
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
const on_click_fe11155f3985b29847f0e119d4e41754 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.go_to_page", ({ ["page"] : (reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___reviews___state____reviews_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__udemy_clone___reviews___state____reviews_state.page_rx_state_ >= reflex___state____state__udemy_clone___reviews___state____reviews_state.page_count_rx_state_), id:"reviews-next", onClick:on_click_fe11155f3985b29847f0e119d4e41754, ref:ref_reviews_next, size:"2", variant:"soft" }))},children)
    )
});
Button_button_fc72aacafdc025767cc686869c1c642b_2d1ebb8e.displayName = "Button";
return Button_button_fc72aacafdc025767cc686869c1c642b_2d1ebb8e;
})();

export const Cond_comp_7320e37bec8aefba4cf44765c096518e_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_7320e37bec8aefba4cf44765c096518e_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        ((reflex___state____state__udemy_clone___reviews___state____reviews_state.page_count_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7320e37bec8aefba4cf44765c096518e_2d1ebb8e.displayName = "Cond";
return Cond_comp_7320e37bec8aefba4cf44765c096518e_2d1ebb8e;
})();

export const Bare_comp_cfa732e6a01cbe30fa9f946a2837d358_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_cfa732e6a01cbe30fa9f946a2837d358_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.has_mine_rx_state_ ? "Edit your review" : "Leave a rating")
    )
});
Bare_comp_cfa732e6a01cbe30fa9f946a2837d358_2d1ebb8e.displayName = "Bare";
return Bare_comp_cfa732e6a01cbe30fa9f946a2837d358_2d1ebb8e;
})();

export const Button_button_b540324d77c3902f897aff513eb8b4db_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_b540324d77c3902f897aff513eb8b4db_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_star_pick_1 = useRef(null); refs["ref_star_pick_1"] = ref_star_pick_1;
const on_click_b61dc53e04282001de32877ff681bf02 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 1 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"1 star", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 1) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-1", onClick:on_click_b61dc53e04282001de32877ff681bf02, ref:ref_star_pick_1, type:"button" }))},children)
    )
});
Button_button_b540324d77c3902f897aff513eb8b4db_2d1ebb8e.displayName = "Button";
return Button_button_b540324d77c3902f897aff513eb8b4db_2d1ebb8e;
})();

export const Button_button_5526d2a022c39935defe8fb041ce5c73_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_5526d2a022c39935defe8fb041ce5c73_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_star_pick_2 = useRef(null); refs["ref_star_pick_2"] = ref_star_pick_2;
const on_click_a19f90a3ee578534cd18b975e7af6eb2 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 2 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"2 stars", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 2) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-2", onClick:on_click_a19f90a3ee578534cd18b975e7af6eb2, ref:ref_star_pick_2, type:"button" }))},children)
    )
});
Button_button_5526d2a022c39935defe8fb041ce5c73_2d1ebb8e.displayName = "Button";
return Button_button_5526d2a022c39935defe8fb041ce5c73_2d1ebb8e;
})();

export const Button_button_cd65ca9c3e8b24ce9cda9c20fd82ccd4_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_cd65ca9c3e8b24ce9cda9c20fd82ccd4_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_star_pick_3 = useRef(null); refs["ref_star_pick_3"] = ref_star_pick_3;
const on_click_fdca8caa52f9aab1e9146d2afcee97da = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 3 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"3 stars", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 3) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-3", onClick:on_click_fdca8caa52f9aab1e9146d2afcee97da, ref:ref_star_pick_3, type:"button" }))},children)
    )
});
Button_button_cd65ca9c3e8b24ce9cda9c20fd82ccd4_2d1ebb8e.displayName = "Button";
return Button_button_cd65ca9c3e8b24ce9cda9c20fd82ccd4_2d1ebb8e;
})();

export const Button_button_dd3034ec1fcd56bdb494f1962c8f338c_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_dd3034ec1fcd56bdb494f1962c8f338c_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_star_pick_4 = useRef(null); refs["ref_star_pick_4"] = ref_star_pick_4;
const on_click_9c52b625164abeb2b01b1e26c487ff59 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 4 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"4 stars", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 4) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-4", onClick:on_click_9c52b625164abeb2b01b1e26c487ff59, ref:ref_star_pick_4, type:"button" }))},children)
    )
});
Button_button_dd3034ec1fcd56bdb494f1962c8f338c_2d1ebb8e.displayName = "Button";
return Button_button_dd3034ec1fcd56bdb494f1962c8f338c_2d1ebb8e;
})();

export const Button_button_395ea495cbe6fc92860bf3f699da2e9a_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_395ea495cbe6fc92860bf3f699da2e9a_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_star_pick_5 = useRef(null); refs["ref_star_pick_5"] = ref_star_pick_5;
const on_click_d8a870b01a7d8159eaea0aff9a28c730 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.pick_rating", ({ ["star"] : 5 }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx("button",{...mergeSlotProps(rest, ({ "aria-label":"5 stars", css:({ ["all"] : "unset", ["cursor"] : "pointer", ["fontSize"] : "34px", ["lineHeight"] : "1", ["padding"] : "0 2px", ["color"] : ((reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_rx_state_ >= 5) ? "var(--amber-9)" : "var(--gray-a6)") }), id:"star-pick-5", onClick:on_click_d8a870b01a7d8159eaea0aff9a28c730, ref:ref_star_pick_5, type:"button" }))},children)
    )
});
Button_button_395ea495cbe6fc92860bf3f699da2e9a_2d1ebb8e.displayName = "Button";
return Button_button_395ea495cbe6fc92860bf3f699da2e9a_2d1ebb8e;
})();

export const Bare_comp_08341df1fd70acbe509a11d8a585eccc_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_08341df1fd70acbe509a11d8a585eccc_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_rating_label_rx_state_
    )
});
Bare_comp_08341df1fd70acbe509a11d8a585eccc_2d1ebb8e.displayName = "Bare";
return Bare_comp_08341df1fd70acbe509a11d8a585eccc_2d1ebb8e;
})();

export const Textarea_textarea_76897351c7d941efa11692c0524fdc5b_2d1ebb8e = /*#__PURE__*/ (() => {
const Textarea_textarea_76897351c7d941efa11692c0524fdc5b_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_review_comment = useRef(null); refs["ref_review_comment"] = ref_review_comment;
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___reviews___state____reviews_state.draft_comment_rx_state_, id:"review-comment", maxLength:5000, name:"comment", placeholder:"What did you like? What could be better?", ref:ref_review_comment, required:true, rows:"6" }))},)
    )
});
Textarea_textarea_76897351c7d941efa11692c0524fdc5b_2d1ebb8e.displayName = "TextArea";
return Textarea_textarea_76897351c7d941efa11692c0524fdc5b_2d1ebb8e;
})();

export const Bare_comp_fab755bdf11e0af9b7e78d4495cc401e_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_fab755bdf11e0af9b7e78d4495cc401e_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.form_error_rx_state_
    )
});
Bare_comp_fab755bdf11e0af9b7e78d4495cc401e_2d1ebb8e.displayName = "Bare";
return Bare_comp_fab755bdf11e0af9b7e78d4495cc401e_2d1ebb8e;
})();

export const Cond_comp_1238775fc6c0acdc6564f0d5ff01ff9a_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_1238775fc6c0acdc6564f0d5ff01ff9a_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.form_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1238775fc6c0acdc6564f0d5ff01ff9a_2d1ebb8e.displayName = "Cond";
return Cond_comp_1238775fc6c0acdc6564f0d5ff01ff9a_2d1ebb8e;
})();

export const Bare_comp_2ab2426afea42cfc07bfcf5f48c2a4df_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_2ab2426afea42cfc07bfcf5f48c2a4df_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.has_mine_rx_state_ ? "Save changes" : "Post review")
    )
});
Bare_comp_2ab2426afea42cfc07bfcf5f48c2a4df_2d1ebb8e.displayName = "Bare";
return Bare_comp_2ab2426afea42cfc07bfcf5f48c2a4df_2d1ebb8e;
})();

export const Form_root_033c807e74fc41fee22707d2fd420129_2d1ebb8e = /*#__PURE__*/ (() => {
const Form_root_033c807e74fc41fee22707d2fd420129_2d1ebb8e = memo(({children, ...rest}) => {
    
    const handleSubmit_22ce2402f77a6aca0f7ba798f5205abe = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["review_comment"] : getRefValue(refs["ref_review_comment"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.submit_review", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_22ce2402f77a6aca0f7ba798f5205abe }))},children)
    )
});
Form_root_033c807e74fc41fee22707d2fd420129_2d1ebb8e.displayName = "Form";
return Form_root_033c807e74fc41fee22707d2fd420129_2d1ebb8e;
})();

export const Dialogroot_dialog__root_fc795df78f03bee9e3342965b434f62f_2d1ebb8e = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_fc795df78f03bee9e3342965b434f62f_2d1ebb8e = memo(({children, ...rest}) => {
    const on_open_change_2b317b11e8218a707999716d88ddd969 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.set_dialog_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_2b317b11e8218a707999716d88ddd969, open:reflex___state____state__udemy_clone___reviews___state____reviews_state.dialog_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_fc795df78f03bee9e3342965b434f62f_2d1ebb8e.displayName = "DialogRoot";
return Dialogroot_dialog__root_fc795df78f03bee9e3342965b434f62f_2d1ebb8e;
})();

export const Textarea_textarea_f33f7c0727847c4ed74f81146eaa4981_2d1ebb8e = /*#__PURE__*/ (() => {
const Textarea_textarea_f33f7c0727847c4ed74f81146eaa4981_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_reply_input = useRef(null); refs["ref_reply_input"] = ref_reply_input;
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___reviews___state____reviews_state.reply_draft_rx_state_, id:"reply-input", maxLength:5000, name:"body", ref:ref_reply_input, required:true, rows:"5" }))},)
    )
});
Textarea_textarea_f33f7c0727847c4ed74f81146eaa4981_2d1ebb8e.displayName = "TextArea";
return Textarea_textarea_f33f7c0727847c4ed74f81146eaa4981_2d1ebb8e;
})();

export const Bare_comp_4728c1f776f74df50e1fc05b299f8fba_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_4728c1f776f74df50e1fc05b299f8fba_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.reply_error_rx_state_
    )
});
Bare_comp_4728c1f776f74df50e1fc05b299f8fba_2d1ebb8e.displayName = "Bare";
return Bare_comp_4728c1f776f74df50e1fc05b299f8fba_2d1ebb8e;
})();

export const Cond_comp_dac7ca908052a71889bdc4344fdd92b8_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_dac7ca908052a71889bdc4344fdd92b8_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.reply_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dac7ca908052a71889bdc4344fdd92b8_2d1ebb8e.displayName = "Cond";
return Cond_comp_dac7ca908052a71889bdc4344fdd92b8_2d1ebb8e;
})();

export const Form_root_8afde8b57b1ee386b73cefc399fc9630_2d1ebb8e = /*#__PURE__*/ (() => {
const Form_root_8afde8b57b1ee386b73cefc399fc9630_2d1ebb8e = memo(({children, ...rest}) => {
    
    const handleSubmit_9180f8ca4bb2b1d0481058a4c3e34bcf = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["reply_input"] : getRefValue(refs["ref_reply_input"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.submit_reply", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_9180f8ca4bb2b1d0481058a4c3e34bcf }))},children)
    )
});
Form_root_8afde8b57b1ee386b73cefc399fc9630_2d1ebb8e.displayName = "Form";
return Form_root_8afde8b57b1ee386b73cefc399fc9630_2d1ebb8e;
})();

export const Dialogroot_dialog__root_2660e354ac8174e7043615417a5da573_2d1ebb8e = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_2660e354ac8174e7043615417a5da573_2d1ebb8e = memo(({children, ...rest}) => {
    const on_open_change_3ac2e45944cd9274212ee4dcd06da201 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.set_reply_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_3ac2e45944cd9274212ee4dcd06da201, open:reflex___state____state__udemy_clone___reviews___state____reviews_state.reply_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_2660e354ac8174e7043615417a5da573_2d1ebb8e.displayName = "DialogRoot";
return Dialogroot_dialog__root_2660e354ac8174e7043615417a5da573_2d1ebb8e;
})();

export const Bare_comp_3d79f8c7bd4f56de1ab81544f0235a08_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_3d79f8c7bd4f56de1ab81544f0235a08_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        reflex___state____state__udemy_clone___reviews___state____reviews_state.report_error_rx_state_
    )
});
Bare_comp_3d79f8c7bd4f56de1ab81544f0235a08_2d1ebb8e.displayName = "Bare";
return Bare_comp_3d79f8c7bd4f56de1ab81544f0235a08_2d1ebb8e;
})();

export const Cond_comp_85ba173dd6552084950a5f8d808eb02d_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_85ba173dd6552084950a5f8d808eb02d_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (!((reflex___state____state__udemy_clone___reviews___state____reviews_state.report_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_85ba173dd6552084950a5f8d808eb02d_2d1ebb8e.displayName = "Cond";
return Cond_comp_85ba173dd6552084950a5f8d808eb02d_2d1ebb8e;
})();

export const Form_root_81ef1a84329cbb9e6f65582f6cf2a2af_2d1ebb8e = /*#__PURE__*/ (() => {
const Form_root_81ef1a84329cbb9e6f65582f6cf2a2af_2d1ebb8e = memo(({children, ...rest}) => {
    
    const handleSubmit_a61d93f6741a81000b272dde6c5f8d34 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["report_reason"] : getRefValue(refs["ref_report_reason"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.submit_report", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_a61d93f6741a81000b272dde6c5f8d34 }))},children)
    )
});
Form_root_81ef1a84329cbb9e6f65582f6cf2a2af_2d1ebb8e.displayName = "Form";
return Form_root_81ef1a84329cbb9e6f65582f6cf2a2af_2d1ebb8e;
})();

export const Dialogroot_dialog__root_e1b396df39b02e94020124be7bfaf05a_2d1ebb8e = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_e1b396df39b02e94020124be7bfaf05a_2d1ebb8e = memo(({children, ...rest}) => {
    const on_open_change_808106fa2a8fd86b6787e9b7594bdd9f = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.set_report_open", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_808106fa2a8fd86b6787e9b7594bdd9f, open:reflex___state____state__udemy_clone___reviews___state____reviews_state.report_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_e1b396df39b02e94020124be7bfaf05a_2d1ebb8e.displayName = "DialogRoot";
return Dialogroot_dialog__root_e1b396df39b02e94020124be7bfaf05a_2d1ebb8e;
})();

export const Cond_comp_118e31f550cbd30f105758527df64548_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_118e31f550cbd30f105758527df64548_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.unavailable_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_118e31f550cbd30f105758527df64548_2d1ebb8e.displayName = "Cond";
return Cond_comp_118e31f550cbd30f105758527df64548_2d1ebb8e;
})();

export const Cond_comp_e937414042841158946dc4a78af28075_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_e937414042841158946dc4a78af28075_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___reviews___state____reviews_state = useStateContext("reflex___state____state.udemy_clone___reviews___state____reviews_state")
    return(
        (reflex___state____state__udemy_clone___reviews___state____reviews_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e937414042841158946dc4a78af28075_2d1ebb8e.displayName = "Cond";
return Cond_comp_e937414042841158946dc4a78af28075_2d1ebb8e;
})();

export const Box_box_10633a84b8d0ab566e00ebc50859042b_2d1ebb8e = /*#__PURE__*/ (() => {
const Box_box_10633a84b8d0ab566e00ebc50859042b_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_course_reviews = useRef(null); refs["ref_course_reviews"] = ref_course_reviews;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___reviews___state____reviews_state.load_course_reviews", ({ ["course_id"] : reflex___state____state__udemy_clone___catalog___state____course_page_state.course_id_rx_state_ }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx(RadixThemesBox,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["as"] : "section" }), id:"course-reviews", key:(JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.course_id_rx_state_)), ref:ref_course_reviews }))},children)
    )
});
Box_box_10633a84b8d0ab566e00ebc50859042b_2d1ebb8e.displayName = "Box";
return Box_box_10633a84b8d0ab566e00ebc50859042b_2d1ebb8e;
})();

export const Cond_comp_0d717a4a7bfa190a0d6de670790498d7_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_0d717a4a7bfa190a0d6de670790498d7_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___state____course_page_state.course_id_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0d717a4a7bfa190a0d6de670790498d7_2d1ebb8e.displayName = "Cond";
return Cond_comp_0d717a4a7bfa190a0d6de670790498d7_2d1ebb8e;
})();

export const Img_img_94e5f92c9d31dc8fd417f4237a611854_2d1ebb8e = /*#__PURE__*/ (() => {
const Img_img_94e5f92c9d31dc8fd417f4237a611854_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx("img",{...mergeSlotProps(rest, ({ alt:reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["title"], className:"course-thumb-img", css:({ ["width"] : "100%", ["height"] : "100%", ["objectFit"] : "cover", ["transition"] : "transform 0.25s ease" }), loading:"lazy", src:reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["thumbnail"] }))},)
    )
});
Img_img_94e5f92c9d31dc8fd417f4237a611854_2d1ebb8e.displayName = "Img";
return Img_img_94e5f92c9d31dc8fd417f4237a611854_2d1ebb8e;
})();

export const Cond_comp_81aba16dd1c095a1388f65c08516037f_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_81aba16dd1c095a1388f65c08516037f_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["thumbnail"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_81aba16dd1c095a1388f65c08516037f_2d1ebb8e.displayName = "Cond";
return Cond_comp_81aba16dd1c095a1388f65c08516037f_2d1ebb8e;
})();

export const Link_link_c04eb6b59a52696e805116c58cb7e7b1_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_c04eb6b59a52696e805116c58cb7e7b1_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_preview_course = useRef(null); refs["ref_preview_course"] = ref_preview_course;
const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"preview-course", ref:ref_preview_course }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___catalog___state____course_page_state.first_preview_href_rx_state_},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["position"] : "absolute", ["inset"] : "0", ["background"] : "linear-gradient(180deg, rgba(0,0,0,0.05), rgba(0,0,0,0.55))", ["borderRadius"] : "10px" })},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"column",gap:"2"},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["width"] : "60px", ["height"] : "60px", ["borderRadius"] : "50%", ["background"] : "white", ["boxShadow"] : "0 6px 18px rgba(0,0,0,0.25)" })},jsx(LucidePlay,{css:({ ["color"] : "var(--violet-11)" }),size:26},)),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "white" }),size:"2",weight:"bold"},"Preview this course")))))
    )
});
Link_link_c04eb6b59a52696e805116c58cb7e7b1_2d1ebb8e.displayName = "Link";
return Link_link_c04eb6b59a52696e805116c58cb7e7b1_2d1ebb8e;
})();

export const Cond_comp_282d2109dae336c78dd9ff83ef862fa7_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_282d2109dae336c78dd9ff83ef862fa7_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___state____course_page_state.first_preview_href_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_282d2109dae336c78dd9ff83ef862fa7_2d1ebb8e.displayName = "Cond";
return Cond_comp_282d2109dae336c78dd9ff83ef862fa7_2d1ebb8e;
})();

export const Bare_comp_50ddebde02fd435a9712826d2da1fd38_2d1ebb8e = /*#__PURE__*/ (() => {
const Bare_comp_50ddebde02fd435a9712826d2da1fd38_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["price"]
    )
});
Bare_comp_50ddebde02fd435a9712826d2da1fd38_2d1ebb8e.displayName = "Bare";
return Bare_comp_50ddebde02fd435a9712826d2da1fd38_2d1ebb8e;
})();

export const Link_link_f987d1cf1aab776fddba36ddd7db30a8_2d1ebb8e = /*#__PURE__*/ (() => {
const Link_link_f987d1cf1aab776fddba36ddd7db30a8_2d1ebb8e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
const ref_buy_primary = useRef(null); refs["ref_buy_primary"] = ref_buy_primary;
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["width"] : "100%", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___catalog___state____course_page_state.course_rx_state_?.["learn_href"]},jsx(RadixThemesButton,{css:({ ["width"] : "100%" }),id:"buy-primary",ref:ref_buy_primary,size:"3"},jsx(LucideCirclePlay,{size:18},),"Go to course")))
    )
});
Link_link_f987d1cf1aab776fddba36ddd7db30a8_2d1ebb8e.displayName = "Link";
return Link_link_f987d1cf1aab776fddba36ddd7db30a8_2d1ebb8e;
})();

export const Button_button_0d60b938ae65a17047ddadb4d5d8e1fd_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_0d60b938ae65a17047ddadb4d5d8e1fd_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_buy_primary = useRef(null); refs["ref_buy_primary"] = ref_buy_primary;
const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
const on_click_1e970fcb6291c7e4ff8698d91e6ba5a9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.enroll_free", ({ ["course_id"] : reflex___state____state__udemy_clone___catalog___state____course_page_state.course_id_rx_state_ }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___catalog___state____course_page_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"buy-primary", onClick:on_click_1e970fcb6291c7e4ff8698d91e6ba5a9, ref:ref_buy_primary, size:"3" }))},children)
    )
});
Button_button_0d60b938ae65a17047ddadb4d5d8e1fd_2d1ebb8e.displayName = "Button";
return Button_button_0d60b938ae65a17047ddadb4d5d8e1fd_2d1ebb8e;
})();

export const Button_button_c1f5d5dc01187304010496bb2fdafcb9_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_c1f5d5dc01187304010496bb2fdafcb9_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_buy_primary = useRef(null); refs["ref_buy_primary"] = ref_buy_primary;
const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
const on_click_34ff1b5330887ebeacde691eee6340d5 = useCallback(((_e) => {(addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.add_to_cart", ({ ["course_id"] : reflex___state____state__udemy_clone___catalog___state____course_page_state.course_id_rx_state_ }), ({  })))], [_e], ({  })));(addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___state____course_page_state.load_offer", ({  }), ({  })))], [_e], ({  })));}), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___catalog___state____course_page_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"buy-primary", onClick:on_click_34ff1b5330887ebeacde691eee6340d5, ref:ref_buy_primary, size:"3" }))},children)
    )
});
Button_button_c1f5d5dc01187304010496bb2fdafcb9_2d1ebb8e.displayName = "Button";
return Button_button_c1f5d5dc01187304010496bb2fdafcb9_2d1ebb8e;
})();

export const Button_button_9ceb92ab6adaac57432a96ec69cf3e8a_2d1ebb8e = /*#__PURE__*/ (() => {
const Button_button_9ceb92ab6adaac57432a96ec69cf3e8a_2d1ebb8e = memo(({children, ...rest}) => {
    const ref_buy_now = useRef(null); refs["ref_buy_now"] = ref_buy_now;
const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
const on_click_3385665e121704fce7a3c33e269aeb52 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.buy_now", ({ ["course_id"] : reflex___state____state__udemy_clone___catalog___state____course_page_state.course_id_rx_state_ }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___catalog___state____course_page_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), id:"buy-now", onClick:on_click_3385665e121704fce7a3c33e269aeb52, ref:ref_buy_now, size:"3", variant:"outline" }))},children)
    )
});
Button_button_9ceb92ab6adaac57432a96ec69cf3e8a_2d1ebb8e.displayName = "Button";
return Button_button_9ceb92ab6adaac57432a96ec69cf3e8a_2d1ebb8e;
})();

export const Match_comp_10583ca84272b5c2782d13944c8a0218_2d1ebb8e = /*#__PURE__*/ (() => {
const Match_comp_10583ca84272b5c2782d13944c8a0218_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__udemy_clone___catalog___state____course_page_state.offer_rx_state_)) {
    case JSON.stringify("enrolled"):
      return children?.at?.(0);
      break;
    case JSON.stringify("in_cart"):
      return children?.at?.(1);
      break;
    case JSON.stringify("owner"):
      return children?.at?.(2);
      break;
    case JSON.stringify("free"):
      return children?.at?.(3);
      break;
    default:
      return children?.at?.(4);
      break;
  }
})()
    )
});
Match_comp_10583ca84272b5c2782d13944c8a0218_2d1ebb8e.displayName = "Match";
return Match_comp_10583ca84272b5c2782d13944c8a0218_2d1ebb8e;
})();

export const Cond_comp_563b1ec9f44382d8f8132c2e54dcb980_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_563b1ec9f44382d8f8132c2e54dcb980_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        (reflex___state____state__udemy_clone___catalog___state____course_page_state.found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_563b1ec9f44382d8f8132c2e54dcb980_2d1ebb8e.displayName = "Cond";
return Cond_comp_563b1ec9f44382d8f8132c2e54dcb980_2d1ebb8e;
})();

export const Cond_comp_f6fed25b0558e71d72bed3490327ec24_2d1ebb8e = /*#__PURE__*/ (() => {
const Cond_comp_f6fed25b0558e71d72bed3490327ec24_2d1ebb8e = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___state____course_page_state = useStateContext("reflex___state____state.udemy_clone___catalog___state____course_page_state")
    return(
        (reflex___state____state__udemy_clone___catalog___state____course_page_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f6fed25b0558e71d72bed3490327ec24_2d1ebb8e.displayName = "Cond";
return Cond_comp_f6fed25b0558e71d72bed3490327ec24_2d1ebb8e;
})();
